package dev.assay.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the floor found: for each rule, the resources that break it with their first reason. Also
 * records which rules the floor implements, so the harness can refuse an estate it cannot check.
 */
final class Violations {

  private final Map<String, Map<String, String>> byRule = new HashMap<>();
  private final Set<String> implemented = new HashSet<>();

  /** Declares that the floor checks {@code rule}, whether or not anything breaks it. */
  void checks(String... rules) {
    for (String rule : rules) {
      implemented.add(rule);
    }
  }

  void add(String rule, String resourceArn, String reason) {
    byRule.computeIfAbsent(rule, k -> new HashMap<>()).putIfAbsent(resourceArn, reason);
  }

  Map<String, String> of(String rule) {
    return byRule.getOrDefault(rule, Map.of());
  }

  boolean implemented(String rule) {
    return implemented.contains(rule);
  }

  int count() {
    return byRule.values().stream().mapToInt(Map::size).sum();
  }
}
