package dev.assay.evaluation;

import dev.assay.rules.Firings;
import dev.assay.rules.RuleBase;
import java.util.List;

/**
 * How an {@link Evaluator} finds the violations and evidence requests in a list of facts: "rules
 * detect, Java decides", and this is the detecting half. The service always fires the rule base;
 * the benchmark plugs in hand-written predicates so that both go through the same judging.
 */
@FunctionalInterface
public interface Detector {

  /** Fires the rule base: what every evaluation outside the benchmark uses. */
  Detector RULES = RuleBase::fire;

  /**
   * @param facts the snapshot's facts, its collection gaps, the evaluation context and any manual
   *     evidence, as the rules see them
   */
  Firings detect(RuleBase ruleBase, List<Object> facts);
}
