package dev.assay.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The facts of an estate split by class in one pass, as a hand-written checker would start. */
final class FactsByType {

  private final Map<Class<?>, List<Object>> byClass = new HashMap<>();

  FactsByType(List<Object> facts) {
    for (Object fact : facts) {
      byClass.computeIfAbsent(fact.getClass(), k -> new ArrayList<>()).add(fact);
    }
  }

  @SuppressWarnings("unchecked")
  <T> List<T> of(Class<T> type) {
    return (List<T>) byClass.getOrDefault(type, List.of());
  }

  /** The simple names of every class present, to check the floor covers them. */
  List<String> typeNames() {
    return byClass.keySet().stream().map(Class::getSimpleName).sorted().toList();
  }
}
