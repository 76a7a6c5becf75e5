package dev.assay.fact;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The thresholds and lists analysts tune without touching DRL, from {@code rules/parameters.yaml}.
 * Rules read them through {@link EvaluationContext}; asking for a parameter the file does not
 * define fails loudly, naming it.
 */
public record RuleParameters(Map<String, Object> values) {

  public RuleParameters {
    values = Map.copyOf(new TreeMap<>(values));
  }

  public static RuleParameters none() {
    return new RuleParameters(Map.of());
  }

  public long integer(String name) {
    Object value = require(name);
    if (value instanceof Number number) {
      return number.longValue();
    }
    throw wrongType(name, "a whole number", value);
  }

  public double decimal(String name) {
    Object value = require(name);
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    throw wrongType(name, "a number", value);
  }

  /** A list parameter; an empty list is a valid value. */
  public List<String> strings(String name) {
    Object value = require(name);
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    throw wrongType(name, "a list", value);
  }

  private Object require(String name) {
    Object value = values.get(name);
    if (value == null) {
      throw new IllegalArgumentException(
          "rule parameter " + name + " is not defined in parameters.yaml");
    }
    return value;
  }

  private static IllegalArgumentException wrongType(String name, String expected, Object value) {
    return new IllegalArgumentException(
        "rule parameter " + name + " must be " + expected + ", not " + value);
  }
}
