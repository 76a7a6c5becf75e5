package dev.assay.evaluation;

import dev.assay.fact.EvaluationContext;
import dev.assay.fact.ManualEvidence;
import dev.assay.framework.Framework;
import dev.assay.rules.Firings;
import dev.assay.rules.RuleBase;
import dev.assay.rules.RuleInfo;
import dev.assay.snapshot.NormalizedSnapshot;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Evaluates a normalized snapshot against a framework: fires the rules the framework uses, decides
 * a status per (rule, resource), rolls statuses up per control and plans manual-evidence tasks. The
 * same snapshot, rule base, framework and instant always give the same result.
 */
public final class Evaluator {

  public EvaluationResult evaluate(
      NormalizedSnapshot snapshot, RuleBase ruleBase, Framework framework, Instant at) {
    return evaluate(snapshot, ruleBase, framework, at, List.of());
  }

  /** As above, with the manual evidence people provided; it closes tasks while fresh. */
  public EvaluationResult evaluate(
      NormalizedSnapshot snapshot,
      RuleBase ruleBase,
      Framework framework,
      Instant at,
      List<ManualEvidence> manualEvidence) {
    Instant evaluatedAt = at.truncatedTo(ChronoUnit.SECONDS);
    List<Object> facts = new ArrayList<>(snapshot.facts());
    facts.addAll(snapshot.gaps());
    facts.add(new EvaluationContext(evaluatedAt, ruleBase.parameters()));
    facts.addAll(manualEvidence);
    Firings firings = ruleBase.fire(facts);
    FactIndex index = new FactIndex(snapshot);
    RuleJudge judge = new RuleJudge(index, RuleJudge.index(firings.violations()));
    List<Finding> findings = new ArrayList<>();
    for (String ruleId : rulesOf(framework)) {
      RuleInfo rule =
          ruleBase
              .rule(ruleId)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "framework " + framework.id() + " uses unknown rule " + ruleId));
      if (rule.requestsEvidence()) {
        // Its output is tasks (planned below), not a PASS or FAIL per resource.
        continue;
      }
      findings.addAll(judge.judge(rule, framework.controlsUsing(ruleId), snapshot.scopes()));
    }
    findings.sort(
        Comparator.comparing(Finding::ruleId)
            .thenComparing(Finding::accountId)
            .thenComparing(Finding::region)
            .thenComparing(Finding::resourceArn));
    List<Task> tasks =
        new TaskPlanner(index, evaluatedAt, manualEvidence)
            .plan(framework, firings.evidenceRequests());
    return new EvaluationResult(
        ruleBase.version(),
        framework.id(),
        framework.version(),
        evaluatedAt.toString(),
        snapshot.skipped(),
        List.copyOf(findings),
        ControlRollup.rollUp(framework, findings, tasks),
        tasks);
  }

  private static Set<String> rulesOf(Framework framework) {
    Set<String> rules = new LinkedHashSet<>();
    framework.controls().forEach(c -> rules.addAll(c.rules()));
    return rules;
  }
}
