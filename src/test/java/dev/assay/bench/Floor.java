package dev.assay.bench;

import dev.assay.evaluation.EvaluationResult;
import dev.assay.evaluation.Evaluator;
import dev.assay.fact.EvaluationContext;
import dev.assay.fact.Resource;
import dev.assay.framework.Framework;
import dev.assay.rules.Firings;
import dev.assay.rules.RuleBase;
import dev.assay.snapshot.NormalizedSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The floor: the same checks as the DRL rules, written as plain single-threaded Java predicates
 * over the same fact lists, inserting the same violations and evidence requests. Its evaluation
 * goes through the evaluator's own judging, so engine and floor produce whole results to compare,
 * and the ratio between their times is the cost of the rule engine alone.
 */
final class Floor {

  private Floor() {}

  /** Every violation and evidence request the floor's predicates find in {@code facts}. */
  static Violations violations(List<Object> facts) {
    FactsByType byType = new FactsByType(facts);
    List<EvaluationContext> contexts = byType.of(EvaluationContext.class);
    if (contexts.size() != 1) {
      throw new IllegalArgumentException("the floor needs one evaluation context, not " + contexts);
    }
    EvaluationContext ctx = contexts.get(0);
    Violations v = new Violations();
    FloorSageMaker.check(byType, ctx, v);
    FloorEndpoints.check(byType, ctx, v);
    FloorSageMakerAdoption.check(byType, ctx, v);
    FloorGuardrails.check(byType, ctx, v);
    FloorBedrock.check(byType, ctx, v);
    FloorBedrockAgents.check(byType, ctx, v);
    FloorAccount.check(byType, ctx, v);
    FloorStorageAndTrail.check(byType, ctx, v);
    return v;
  }

  /**
   * Throws unless the floor implements every rule of {@code framework} whose resource type the
   * estate has: a rule the floor skips would pass everything, and agree only by luck.
   */
  static void requireImplemented(
      NormalizedSnapshot estate, RuleBase ruleBase, Framework framework, Instant at) {
    List<Object> facts = new ArrayList<>(estate.facts());
    facts.add(new EvaluationContext(at, ruleBase.parameters()));
    Violations found = violations(facts);
    Set<String> types = new HashSet<>();
    estate.facts().forEach(f -> types.add(f instanceof Resource r ? r.resourceType() : ""));
    framework
        .controls()
        .flatMap(c -> c.rules().stream())
        .filter(ruleId -> !found.implemented(ruleId))
        .forEach(
            ruleId -> {
              String type = ruleBase.rule(ruleId).orElseThrow().resourceType();
              if (types.contains(type)) {
                throw new IllegalStateException(
                    "the floor does not implement " + ruleId + ", but the estate has " + type);
              }
            });
  }

  /** What the rules would insert; an {@link Evaluator}'s detector in place of firing them. */
  static Firings detect(RuleBase ruleBase, List<Object> facts) {
    return violations(facts).firings();
  }

  /** The evaluator's whole result, with the floor's predicates finding the violations. */
  static EvaluationResult evaluate(
      NormalizedSnapshot snapshot, RuleBase ruleBase, Framework framework, Instant at) {
    return new Evaluator(Floor::detect).evaluate(snapshot, ruleBase, framework, at);
  }
}
