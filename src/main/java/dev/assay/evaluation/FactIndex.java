package dev.assay.evaluation;

import dev.assay.fact.CollectionGap;
import dev.assay.fact.Resource;
import dev.assay.snapshot.NormalizedSnapshot;
import dev.assay.snapshot.Scope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The facts and gaps of a normalized snapshot, looked up by resource type and scope. */
final class FactIndex {

  private final Map<String, List<Resource>> resources;
  private final Map<String, List<CollectionGap>> gapsByType;
  private final Map<Scope, List<CollectionGap>> gapsByScope;
  private final Map<String, Resource> byArn = new HashMap<>();

  FactIndex(NormalizedSnapshot snapshot) {
    List<Resource> all =
        snapshot.facts().stream()
            .filter(Resource.class::isInstance)
            .map(Resource.class::cast)
            .toList();
    all.forEach(r -> byArn.putIfAbsent(r.arn(), r));
    resources =
        all.stream()
            .collect(Collectors.groupingBy(r -> key(r.resourceType(), r.accountId(), r.region())));
    gapsByType =
        snapshot.gaps().stream()
            .collect(Collectors.groupingBy(g -> key(g.resourceType(), g.accountId(), g.region())));
    gapsByScope =
        snapshot.gaps().stream()
            .collect(Collectors.groupingBy(g -> new Scope(g.accountId(), g.region())));
  }

  List<Resource> resources(String type, Scope scope) {
    return resources.getOrDefault(key(type, scope.accountId(), scope.region()), List.of());
  }

  /** All resources of a type, in every scope. */
  List<Resource> resources(String type) {
    return resources.entrySet().stream()
        .filter(e -> e.getKey().startsWith(type + "|"))
        .flatMap(e -> e.getValue().stream())
        .toList();
  }

  List<CollectionGap> gaps(String type, Scope scope) {
    return gapsByType.getOrDefault(key(type, scope.accountId(), scope.region()), List.of());
  }

  List<CollectionGap> gaps(Scope scope) {
    return gapsByScope.getOrDefault(scope, List.of());
  }

  Resource byArn(String arn) {
    return byArn.get(arn);
  }

  private static String key(String type, String account, String region) {
    return type + "|" + account + "|" + region;
  }
}
