package dev.assay.evaluation;

import dev.assay.fact.CollectionGap;
import dev.assay.fact.Resource;
import dev.assay.snapshot.NormalizedSnapshot;
import dev.assay.snapshot.Scope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The facts and gaps of a normalized snapshot, looked up by resource type and scope. */
final class FactIndex {

  // Nested maps rather than "type|account|region" keys: the judge looks up every rule in every
  // scope, and building a key string per lookup cost more than the lookups on large estates.
  private final Map<String, Map<Scope, List<Resource>>> resources = new HashMap<>();
  private final Map<String, List<Resource>> resourcesByType = new HashMap<>();
  private final Map<String, Map<Scope, List<CollectionGap>>> gapsByType = new HashMap<>();
  private final Map<Scope, List<CollectionGap>> gapsByScope = new HashMap<>();
  private final Map<String, List<CollectionGap>> gapsByArn = new HashMap<>();
  private final NormalizedSnapshot snapshot;
  // Only a violation on a resource its rule's type does not know needs this: built on first use.
  private Map<String, Resource> byArn;
  private Map<String, String> checksByArn;

  FactIndex(NormalizedSnapshot snapshot) {
    this.snapshot = snapshot;
    Scope last = null;
    String lastType = null;
    List<Resource> ofTypeInScope = null;
    List<Resource> ofType = null;
    for (Object fact : snapshot.facts()) {
      if (fact instanceof Resource r) {
        String type = r.resourceType();
        // Facts come scope by scope and type by type, so the previous fact's lists usually serve
        // again: two map lookups per run of facts rather than three per fact.
        boolean sameScope =
            last != null
                && last.accountId().equals(r.accountId())
                && last.region().equals(r.region());
        if (!sameScope) {
          last = new Scope(r.accountId(), r.region());
        }
        if (!sameScope || !type.equals(lastType)) {
          lastType = type;
          ofTypeInScope =
              resources
                  .computeIfAbsent(type, k -> new HashMap<>())
                  .computeIfAbsent(last, k -> new ArrayList<>());
          ofType = resourcesByType.computeIfAbsent(type, k -> new ArrayList<>());
        }
        ofTypeInScope.add(r);
        ofType.add(r);
      }
    }
    for (CollectionGap g : snapshot.gaps()) {
      Scope scope = new Scope(g.accountId(), g.region());
      gapsByType
          .computeIfAbsent(g.resourceType(), k -> new HashMap<>())
          .computeIfAbsent(scope, k -> new ArrayList<>())
          .add(g);
      gapsByScope.computeIfAbsent(scope, k -> new ArrayList<>()).add(g);
      if (g.resourceArn() != null) {
        gapsByArn.computeIfAbsent(g.resourceArn(), k -> new ArrayList<>()).add(g);
      }
    }
  }

  List<Resource> resources(String type, Scope scope) {
    return resources.getOrDefault(type, Map.of()).getOrDefault(scope, List.of());
  }

  /** The resources of a type by scope. */
  Map<Scope, List<Resource>> resourcesByScope(String type) {
    return resources.getOrDefault(type, Map.of());
  }

  /** All resources of a type, in every scope. */
  List<Resource> resources(String type) {
    return resourcesByType.getOrDefault(type, List.of());
  }

  List<CollectionGap> gaps(String type, Scope scope) {
    return gapsByType.getOrDefault(type, Map.of()).getOrDefault(scope, List.of());
  }

  List<CollectionGap> gaps(Scope scope) {
    return gapsByScope.getOrDefault(scope, List.of());
  }

  /** The gaps about one resource (none for gaps that cover a whole scope). */
  List<CollectionGap> gaps(String resourceArn) {
    return gapsByArn.getOrDefault(resourceArn, List.of());
  }

  /** Whether any gap concerns this resource type, in any scope. */
  boolean hasGaps(String type) {
    return gapsByType.containsKey(type);
  }

  /**
   * The compliance check ({@link CheckEvidence#checkOf}) of the resource an ARN names, or {@code
   * null}: the same answer as {@code checkOf(byArn(arn))}, without a map of every resource. Only
   * check results have checks, so only their ARNs are kept, each with the check of the first
   * resource of that ARN (as {@link #byArn} keeps the first).
   */
  String checkOf(String arn) {
    if (checksByArn == null) {
      Set<String> checkArns = new HashSet<>();
      for (Object fact : snapshot.facts()) {
        if (fact instanceof Resource r && CheckEvidence.checkOf(r) != null) {
          checkArns.add(r.arn());
        }
      }
      checksByArn = new HashMap<>();
      if (!checkArns.isEmpty()) {
        for (Object fact : snapshot.facts()) {
          if (fact instanceof Resource r
              && checkArns.contains(r.arn())
              && !checksByArn.containsKey(r.arn())) {
            checksByArn.put(r.arn(), CheckEvidence.checkOf(r));
          }
        }
      }
    }
    return checksByArn.get(arn);
  }

  Resource byArn(String arn) {
    if (byArn == null) {
      byArn = new HashMap<>();
      for (Object fact : snapshot.facts()) {
        if (fact instanceof Resource r) {
          byArn.putIfAbsent(r.arn(), r);
        }
      }
    }
    return byArn.get(arn);
  }
}
