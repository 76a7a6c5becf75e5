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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Evaluates a normalized snapshot against a framework: fires the rules the framework uses, decides
 * a status per (rule, resource), rolls statuses up per control and plans manual-evidence tasks. The
 * same snapshot, rule base, framework and instant always give the same result.
 */
public final class Evaluator {

  private final Detector detector;

  /** An evaluator that fires the rule base to find violations and evidence requests. */
  public Evaluator() {
    this(Detector.RULES);
  }

  /** An evaluator that finds violations and evidence requests with {@code detector}. */
  public Evaluator(Detector detector) {
    this.detector = detector;
  }

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
    Firings firings = detector.detect(ruleBase, facts);
    FactIndex index = new FactIndex(snapshot);
    RuleJudge judge = new RuleJudge(index, RuleJudge.index(firings.violations()));
    Map<String, List<String>> controlsByRule = controlsByRule(framework);
    CheckEvidence checks = new CheckEvidence(framework, index);
    // Each rule's findings are sorted on their own and the rules taken in ID order: the same
    // order as one stable sort of all findings by (rule, account, region, ARN), for less work.
    Map<String, List<Finding>> findingsByRule = new TreeMap<>();
    for (String ruleId : controlsByRule.keySet()) {
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
      List<Finding> ofRule =
          new ArrayList<>(judge.judge(rule, controlsByRule.get(ruleId), snapshot.scopes()));
      ofRule.replaceAll(checks::narrow);
      ofRule.sort(WITHIN_RULE);
      findingsByRule.put(ruleId, ofRule);
    }
    List<Finding> findings = new ArrayList<>();
    findingsByRule.values().forEach(findings::addAll);
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

  /**
   * Findings of one scope share its account and region strings, and findings mostly come in order:
   * comparing references first spares comparing equal strings character by character.
   */
  private static final Comparator<Finding> WITHIN_RULE =
      (a, b) -> {
        int c = compare(a.accountId(), b.accountId());
        if (c == 0) {
          c = compare(a.region(), b.region());
        }
        return c != 0 ? c : compare(a.resourceArn(), b.resourceArn());
      };

  private static int compare(String a, String b) {
    return a == b ? 0 : a.compareTo(b);
  }

  /**
   * The framework's rules in order of first use, each with the IDs of the controls that list it in
   * framework order (as {@link Framework#controlsUsing}), from one pass over the controls.
   */
  private static Map<String, List<String>> controlsByRule(Framework framework) {
    Map<String, List<String>> byRule = new LinkedHashMap<>();
    framework
        .controls()
        .forEach(
            c -> {
              for (String ruleId : new LinkedHashSet<>(c.rules())) {
                byRule.computeIfAbsent(ruleId, k -> new ArrayList<>()).add(c.id());
              }
            });
    return byRule;
  }
}
