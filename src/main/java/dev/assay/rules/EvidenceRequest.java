package dev.assay.rules;

import dev.assay.fact.Resource;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a rule inserts when people must provide evidence about a resource (an accuracy review of a
 * deployed model, say). The evaluator turns it into a task for every control that maps the rule.
 *
 * @param resourceArn the resource the evidence is about, or {@code null} for the account and region
 * @param instructions what to provide, in a sentence or two
 */
public record EvidenceRequest(String ruleId, String resourceArn, String instructions) {

  public static EvidenceRequest of(RuleContext drools, Resource resource, String instructions) {
    return new EvidenceRequest(drools.getRule().getName(), resource.arn(), instructions);
  }
}
