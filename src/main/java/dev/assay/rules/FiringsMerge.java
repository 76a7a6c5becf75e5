package dev.assay.rules;

import dev.assay.fact.Resource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the sessions of one evaluation's groups inserted, merged into the firings of one session.
 * Each group holds its own accounts' facts and a copy of the shared ones, so a rule can fire in
 * several groups only on a resource among the shared facts: only what names one of those is folded
 * into one copy. Everything else is kept as it came, without hashing every violation (a reason
 * string each) on large estates.
 */
final class FiringsMerge {

  private final Set<String> sharedArns = new HashSet<>();
  private final List<Violation> violations = new ArrayList<>();
  private final List<EvidenceRequest> requests = new ArrayList<>();
  private final Set<Object> seenShared = new HashSet<>();
  private final TreeSet<String> fired = new TreeSet<>();

  FiringsMerge(List<Object> shared) {
    for (Object fact : shared) {
      if (fact instanceof Resource resource) {
        sharedArns.add(resource.arn());
      }
    }
  }

  void add(Firings firings) {
    for (Violation v : firings.violations()) {
      if (once(v.resourceArn(), v)) {
        violations.add(v);
      }
    }
    for (EvidenceRequest r : firings.evidenceRequests()) {
      if (once(r.resourceArn(), r)) {
        requests.add(r);
      }
    }
    fired.addAll(firings.firedRules());
  }

  Firings firings() {
    return new Firings(violations, requests, fired);
  }

  private boolean once(String arn, Object inserted) {
    return sharedArns.isEmpty() || !sharedArns.contains(arn) || seenShared.add(inserted);
  }
}
