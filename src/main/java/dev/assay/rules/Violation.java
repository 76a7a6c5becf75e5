package dev.assay.rules;

import dev.assay.fact.Resource;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a rule inserts when a resource breaks it. The evaluator turns the violations of a rule into
 * FAIL findings; a rule never decides a status itself.
 *
 * @param reason a sentence naming the resource and the cause
 */
public record Violation(String ruleId, String resourceArn, String reason) {

  /**
   * The violation of the firing rule by {@code resource}; DRL calls it as {@code
   * Violation.of(drools, $r, "...")}.
   */
  public static Violation of(RuleContext drools, Resource resource, String reason) {
    return new Violation(drools.getRule().getName(), resource.arn(), reason);
  }
}
