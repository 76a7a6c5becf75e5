package dev.assay.bench;

import dev.assay.evaluation.Status;
import dev.assay.fact.EvaluationContext;
import dev.assay.fact.Resource;
import dev.assay.fact.ResourceTypes;
import dev.assay.framework.Framework;
import dev.assay.rules.RuleBase;
import dev.assay.rules.RuleInfo;
import dev.assay.rules.Violation;
import dev.assay.snapshot.NormalizedSnapshot;
import dev.assay.snapshot.Scope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The floor as the benchmark measured it until the floor went through the evaluator: the floor's
 * predicates, then a cheap verdict per (rule, resource) (a status, and a reason for fails only; no
 * pass reasons, control IDs, sort, control roll-up or tasks). Kept as an extra line of the report
 * so that the change of method stays visible next to the like-for-like ratio.
 */
final class FloorVerdicts {

  /** The status of one rule on one resource, as the old floor decided it. */
  record Verdict(String ruleId, String resourceArn, Status status, String reason) {

    String key() {
      return ruleId + " " + resourceArn + " " + status;
    }
  }

  private FloorVerdicts() {}

  /** Violations, then a status for every resource of every rule the framework uses. */
  static List<Verdict> evaluate(
      NormalizedSnapshot snapshot, RuleBase ruleBase, Framework framework, Instant at) {
    List<Object> facts = new ArrayList<>(snapshot.facts());
    facts.add(new EvaluationContext(at, ruleBase.parameters()));
    Violations violations = Floor.violations(facts);
    Map<String, Map<String, String>> firstReasons = new HashMap<>();
    for (Violation v : violations.violations()) {
      firstReasons
          .computeIfAbsent(v.ruleId(), k -> new HashMap<>())
          .putIfAbsent(v.resourceArn(), v.reason());
    }
    Map<String, List<Resource>> byTypeAndScope = new HashMap<>();
    for (Object fact : snapshot.facts()) {
      if (fact instanceof Resource r) {
        byTypeAndScope
            .computeIfAbsent(
                key(r.resourceType(), r.accountId(), r.region()), k -> new ArrayList<>())
            .add(r);
      }
    }
    Set<String> rules = new LinkedHashSet<>();
    framework.controls().forEach(c -> rules.addAll(c.rules()));
    List<Verdict> verdicts = new ArrayList<>();
    for (String ruleId : rules) {
      RuleInfo rule = ruleBase.rule(ruleId).orElseThrow();
      if (rule.requestsEvidence()) {
        continue; // asks people for evidence (a task), gives no finding to compare
      }
      ResourceTypes.Type type = ResourceTypes.of(rule.resourceType());
      Map<String, String> failed = firstReasons.getOrDefault(ruleId, Map.of());
      boolean checked = violations.implemented(ruleId);
      for (Scope scope : snapshot.scopes()) {
        if (scope.global() != type.global()) {
          continue;
        }
        List<Resource> resources =
            byTypeAndScope.getOrDefault(
                key(type.name(), scope.accountId(), scope.region()), List.of());
        if (!resources.isEmpty() && !checked) {
          throw new IllegalStateException(
              "the floor does not implement " + ruleId + ", but the estate has " + type.name());
        }
        if (resources.isEmpty()) {
          verdicts.add(new Verdict(ruleId, allOf(type, scope), Status.NOT_APPLICABLE, "none"));
        }
        for (Resource r : resources) {
          String reason = failed.get(r.arn());
          Status status =
              !r.inScope() ? Status.NOT_APPLICABLE : reason != null ? Status.FAIL : Status.PASS;
          verdicts.add(new Verdict(ruleId, r.arn(), status, reason));
        }
      }
    }
    return verdicts;
  }

  /** The id of a finding about every resource of a type in a scope, as the evaluator spells it. */
  private static String allOf(ResourceTypes.Type type, Scope scope) {
    String region = scope.global() ? "" : scope.region();
    String id =
        "arn:aws:" + type.service() + ":" + region + ":" + scope.accountId() + ":" + type.idNoun();
    return type.regionLevel() ? id : id + "/*";
  }

  private static String key(String type, String account, String region) {
    return type + "|" + account + "|" + region;
  }
}
