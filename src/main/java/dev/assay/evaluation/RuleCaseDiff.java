package dev.assay.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** Compares what a case expects with what happened, as readable lines. */
final class RuleCaseDiff {

  private RuleCaseDiff() {}

  static List<String> fired(
      SortedSet<String> expected, SortedSet<String> actual, Set<String> known) {
    if (expected.equals(actual)) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    for (String rule : expected) {
      if (!actual.contains(rule)) {
        lines.add(
            "fired: expected "
                + rule
                + " to fire, it did not"
                + (known.contains(rule) ? "" : " (no rule has that ID)"));
      }
    }
    TreeSet<String> unexpected = new TreeSet<>(actual);
    unexpected.removeAll(expected);
    unexpected.forEach(rule -> lines.add("fired: " + rule + " fired, the case does not list it"));
    lines.add("fired: actual set is " + actual);
    return lines;
  }

  /**
   * The findings must match one to one: same ARN and status, and the same reason where the case
   * gives one. Order does not matter.
   */
  static List<String> findings(List<RuleCase.Expected> expected, List<Finding> actual) {
    List<Finding> unmatched = new ArrayList<>(actual);
    List<RuleCase.Expected> open = new ArrayList<>();
    for (RuleCase.Expected e : expected) {
      Finding match =
          unmatched.stream()
              .filter(
                  f -> sameTarget(e, f) && (e.reason() == null || e.reason().equals(f.reason())))
              .findFirst()
              .orElse(null);
      if (match == null) {
        open.add(e);
      } else {
        unmatched.remove(match);
      }
    }
    List<String> lines = new ArrayList<>();
    for (RuleCase.Expected e : open) {
      Finding sameTarget =
          unmatched.stream().filter(f -> sameTarget(e, f)).findFirst().orElse(null);
      if (sameTarget != null) {
        unmatched.remove(sameTarget);
        lines.add(
            "reason of "
                + e.status()
                + " "
                + e.resourceArn()
                + ": expected \""
                + e.reason()
                + "\" but was \""
                + sameTarget.reason()
                + "\"");
      } else {
        lines.add("missing finding: " + e);
      }
    }
    for (Finding f : unmatched) {
      lines.add(
          "unexpected finding: " + f.status() + " " + f.resourceArn() + " \"" + f.reason() + "\"");
    }
    return lines;
  }

  /**
   * The rule's evidence requests must match one to one: same resource, and the same instructions
   * where the case gives them. Order does not matter.
   */
  static List<String> requests(
      List<RuleCase.ExpectedRequest> expected, List<dev.assay.rules.EvidenceRequest> actual) {
    List<dev.assay.rules.EvidenceRequest> unmatched = new ArrayList<>(actual);
    List<String> lines = new ArrayList<>();
    for (RuleCase.ExpectedRequest e : expected) {
      var match =
          unmatched.stream()
              .filter(r -> java.util.Objects.equals(e.resourceArn(), r.resourceArn()))
              .findFirst()
              .orElse(null);
      if (match == null) {
        lines.add("missing evidence request: " + e);
        continue;
      }
      unmatched.remove(match);
      if (e.instructions() != null && !e.instructions().equals(match.instructions())) {
        lines.add(
            "instructions of the request for "
                + e.resourceArn()
                + ": expected \""
                + e.instructions()
                + "\" but was \""
                + match.instructions()
                + "\"");
      }
    }
    for (var r : unmatched) {
      lines.add(
          "unexpected evidence request: " + r.resourceArn() + " \"" + r.instructions() + "\"");
    }
    return lines;
  }

  private static boolean sameTarget(RuleCase.Expected e, Finding f) {
    return e.status() == f.status() && e.resourceArn().equals(f.resourceArn());
  }
}
