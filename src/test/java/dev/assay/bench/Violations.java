package dev.assay.bench;

import dev.assay.rules.EvidenceRequest;
import dev.assay.rules.Firings;
import dev.assay.rules.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the floor found, as the rules insert it: every violation (a resource may break a rule for
 * several reasons, as with the rules) and every evidence request. Also records which rules the
 * floor implements, so the harness can refuse an estate it cannot check.
 */
final class Violations {

  private final List<Violation> violations = new ArrayList<>();
  private final List<EvidenceRequest> evidenceRequests = new ArrayList<>();
  private final Set<String> implemented = new HashSet<>();

  /** Declares that the floor checks {@code rule}, whether or not anything breaks it. */
  void checks(String... rules) {
    for (String rule : rules) {
      implemented.add(rule);
    }
  }

  void add(String rule, String resourceArn, String reason) {
    violations.add(new Violation(rule, resourceArn, reason));
  }

  void request(String rule, String resourceArn, String instructions) {
    evidenceRequests.add(new EvidenceRequest(rule, resourceArn, instructions));
  }

  boolean implemented(String rule) {
    return implemented.contains(rule);
  }

  List<Violation> violations() {
    return violations;
  }

  /** What the rules would have inserted, and the rules that inserted anything. */
  Firings firings() {
    Set<String> fired = new HashSet<>();
    violations.forEach(v -> fired.add(v.ruleId()));
    evidenceRequests.forEach(r -> fired.add(r.ruleId()));
    return new Firings(violations, evidenceRequests, fired);
  }
}
