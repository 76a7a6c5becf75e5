package dev.assay.rules;

import java.util.Collection;
import java.util.List;

/**
 * Fires a large evaluation in sessions of bounded size, one per group of connected accounts ({@link
 * FactPartitions}), one after the other or in parallel. Smaller sessions cost less per fact: Drools
 * keeps every inserted fact in identity maps whose growth and cache misses dominate one session of
 * a million facts, and a group's session is garbage as soon as it has fired instead of living
 * through collections for the whole evaluation.
 */
final class PartitionedFiring {

  /**
   * Facts per session, shared facts aside: at 1M facts on 2 cores groups of 25k and 50k cost the
   * same CPU, 100k more. {@code -Dassay.rules.group-facts} changes it, for measuring.
   */
  static final int GROUP_FACTS = Integer.getInteger("assay.rules.group-facts", 50_000);

  /**
   * Below this many facts one session is as fast (an HTTP evaluation of one account, a rule case),
   * and what the rules inserted keeps the exact order one session gives.
   */
  static final int MIN_FACTS = 2 * GROUP_FACTS;

  private PartitionedFiring() {}

  /** Fires the facts in groups of about {@code groupFacts} facts (more where accounts connect). */
  static Firings fire(RuleBase ruleBase, Collection<?> facts, int groupFacts, boolean parallel) {
    int parts = Math.max(1, (facts.size() + groupFacts - 1) / groupFacts);
    FactPartitions.Split split = FactPartitions.split(facts, parts);
    List<List<Object>> groups = split.groups();
    if (groups.size() == 1) {
      return ruleBase.fireInOneSession(groups.get(0));
    }
    FiringsMerge merge = new FiringsMerge(split.shared());
    if (parallel) {
      ParallelFiring.fire(ruleBase, groups).forEach(merge::add);
    } else {
      for (int i = 0; i < groups.size(); i++) {
        merge.add(ruleBase.fireInOneSession(groups.get(i)));
        // The group's list is no longer needed: let it go with its session.
        groups.set(i, null);
      }
    }
    return merge.firings();
  }
}
