package dev.assay.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.RuleParameters;
import dev.assay.json.SafeYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code rules/parameters.yaml}: a {@code parameters:} mapping of names to numbers, strings
 * or lists of strings. It is part of the rule base, so a changed threshold changes the version.
 */
final class ParametersFile {

  static final String NAME = "parameters.yaml";

  private ParametersFile() {}

  static RuleParameters read(Path dir, List<RuleProblem> problems) {
    Path file = dir.resolve(NAME);
    if (!Files.isRegularFile(file)) {
      return RuleParameters.none();
    }
    JsonNode root;
    try {
      root = SafeYaml.readTree(Files.readString(file));
    } catch (IOException e) {
      problems.add(
          RuleProblem.of(NAME, "not valid YAML: " + e.getMessage().lines().findFirst().orElse("")));
      return RuleParameters.none();
    }
    JsonNode parameters = root == null ? null : root.get("parameters");
    if (parameters == null || !parameters.isObject()) {
      problems.add(RuleProblem.of(NAME, "expected a top-level \"parameters:\" mapping"));
      return RuleParameters.none();
    }
    Map<String, Object> values = new LinkedHashMap<>();
    parameters
        .fields()
        .forEachRemaining(
            e -> {
              Object value = value(e.getValue());
              if (value == null) {
                problems.add(
                    RuleProblem.of(
                        NAME, e.getKey() + ": must be a number, a string or a list of strings"));
              } else {
                values.put(e.getKey(), value);
              }
            });
    return new RuleParameters(values);
  }

  private static Object value(JsonNode node) {
    if (node.isIntegralNumber()) {
      return node.longValue();
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    if (node.isTextual()) {
      return node.asText();
    }
    if (node.isArray()) {
      List<String> items = new ArrayList<>();
      for (JsonNode item : node) {
        if (!item.isValueNode() || item.isNull()) {
          return null;
        }
        items.add(item.asText());
      }
      return List.copyOf(items);
    }
    return null;
  }
}
