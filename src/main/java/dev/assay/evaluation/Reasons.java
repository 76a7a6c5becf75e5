package dev.assay.evaluation;

import java.util.TreeSet;

/**
 * The reasons one resource breaks one rule for, and which judging met the resource. Most resources
 * break a rule for one reason: that one is kept as it is, and a sorted set (as the reasons are
 * joined) only made from the second.
 */
final class Reasons {

  private final String first;
  private TreeSet<String> all;

  /** The judging that last met the resource among the rule's resources; see {@link RuleJudge}. */
  private Object metBy;

  Reasons(String first) {
    this.first = first;
  }

  void add(String reason) {
    if (all == null) {
      all = new TreeSet<>();
      all.add(first);
    }
    all.add(reason);
  }

  /** The distinct reasons in order, joined by a space. */
  String joined() {
    return all == null ? first : String.join(" ", all);
  }

  /** Records that {@code judging} met the resource; true the first time it does. */
  boolean meet(Object judging) {
    if (metBy == judging) {
      return false;
    }
    metBy = judging;
    return true;
  }

  boolean metBy(Object judging) {
    return metBy == judging;
  }
}
