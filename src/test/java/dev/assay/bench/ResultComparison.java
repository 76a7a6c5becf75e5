package dev.assay.bench;

import dev.assay.evaluation.EvaluationResult;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Compares two whole evaluation results field by field (the run, every finding, control result and
 * task, and their order), naming each difference in a line a person can act on: which finding,
 * which field, both values.
 */
final class ResultComparison {

  private static final int SHOWN = 5;

  private final List<String> differences = new ArrayList<>();

  private ResultComparison() {}

  /** Throws, naming the first few differences and how many there are, unless both are equal. */
  static void requireSame(EvaluationResult engine, EvaluationResult floor) {
    List<String> differences = differences(engine, floor);
    if (!differences.isEmpty()) {
      throw new IllegalStateException(
          "engine and floor disagree ("
              + differences.size()
              + " differences): "
              + String.join("; ", differences.subList(0, Math.min(SHOWN, differences.size())))
              + (differences.size() > SHOWN ? "; ..." : ""));
    }
  }

  /** Every difference between the two results; empty when they are equal. */
  static List<String> differences(EvaluationResult engine, EvaluationResult floor) {
    ResultComparison c = new ResultComparison();
    c.fields("result", engine, floor, List.of("findings", "controls", "tasks"));
    c.lists(
        "finding", engine.findings(), floor.findings(), f -> f.ruleId() + " " + f.resourceArn());
    c.lists("control", engine.controls(), floor.controls(), r -> r.controlId());
    c.lists("task", engine.tasks(), floor.tasks(), t -> t.controlId() + " " + t.resourceArn());
    if (c.differences.isEmpty() && !engine.equals(floor)) {
      c.differences.add("results differ, but in no field compared here");
    }
    return c.differences;
  }

  /** Items matched by key: those on one side only, then differing fields, then the order. */
  private <T extends Record> void lists(
      String kind, List<T> engine, List<T> floor, Function<T, String> key) {
    Map<String, T> byKeyEngine = byKey(engine, key);
    Map<String, T> byKeyFloor = byKey(floor, key);
    if (engine.size() != floor.size()) {
      differences.add(kind + "s: engine " + engine.size() + ", floor " + floor.size());
    }
    byKeyEngine.forEach(
        (k, e) -> {
          T f = byKeyFloor.get(k);
          if (f == null) {
            differences.add(kind + " " + k + " only in engine: " + e);
          } else {
            fields(kind + " " + k, e, f, List.of());
          }
        });
    byKeyFloor.forEach(
        (k, f) -> {
          if (!byKeyEngine.containsKey(k)) {
            differences.add(kind + " " + k + " only in floor: " + f);
          }
        });
    for (int i = 0; i < Math.min(engine.size(), floor.size()); i++) {
      String e = key.apply(engine.get(i));
      String f = key.apply(floor.get(i));
      if (!e.equals(f)) {
        differences.add(kind + "s out of order at " + i + ": engine " + e + ", floor " + f);
        break;
      }
    }
  }

  private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
    Map<String, T> byKey = new LinkedHashMap<>();
    for (T item : items) {
      byKey.putIfAbsent(key.apply(item), item);
    }
    return byKey;
  }

  private void fields(String what, Record engine, Record floor, List<String> skipped) {
    for (RecordComponent field : engine.getClass().getRecordComponents()) {
      if (skipped.contains(field.getName())) {
        continue;
      }
      Object e = value(field, engine);
      Object f = value(field, floor);
      if (!Objects.equals(e, f)) {
        differences.add(what + ": " + field.getName() + " engine '" + e + "', floor '" + f + "'");
      }
    }
  }

  private static Object value(RecordComponent field, Record of) {
    try {
      return field.getAccessor().invoke(of);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + field.getName() + " of " + of, e);
    }
  }
}
