package dev.assay.framework;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Loads the common controls of {@code <frameworks>/library/common-controls.yaml}: checked against
 * {@code common-controls.schema.json}, IDs unique, every rule in the rule base. A frameworks
 * directory without the file simply has no common controls.
 */
final class CommonControlLoader {

  static final String FILE = "library/common-controls.yaml";
  static final String SCHEMA_FILE = "common-controls.schema.json";

  private final Set<String> knownRules;

  CommonControlLoader(Set<String> knownRules) {
    this.knownRules = knownRules;
  }

  /** The common controls by ID, in ID order; the file's hash is added to {@code manifest}. */
  Map<String, CommonControl> load(Path dir, List<String> sink, StringBuilder manifest) {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    Problems problems = new Problems(FILE, sink);
    String text;
    try {
      text = SchemaFiles.readFile(file);
    } catch (IOException e) {
      problems.add("", "cannot read: " + e.getMessage());
      return Map.of();
    }
    manifest.append(FILE).append(' ').append(SchemaFiles.sha256(text)).append('\n');
    JsonSchema schema = SchemaFiles.schema(dir, SCHEMA_FILE);
    Map<String, CommonControl> controls = new TreeMap<>();
    SchemaFiles.read(text, schema, problems, "commonControls")
        .ifPresent(node -> bindAll(node.path("commonControls"), controls, problems));
    return controls;
  }

  private void bindAll(JsonNode list, Map<String, CommonControl> controls, Problems problems) {
    for (JsonNode node : list) {
      CommonControl control = bind(node);
      String where = "commonControls." + control.id();
      if (controls.putIfAbsent(control.id(), control) != null) {
        problems.add(where, "duplicate common control id");
      }
      for (String rule : control.rules()) {
        if (!knownRules.contains(rule)) {
          problems.add(where + ".rules", "no rule " + rule + " in the rule base");
        }
      }
    }
  }

  private static CommonControl bind(JsonNode node) {
    return new CommonControl(
        node.get("id").asText(),
        node.get("name").asText(),
        FrameworkBinder.text(node, "description"),
        node.get("domain").asText(),
        FrameworkBinder.strings(node.path("keywords")),
        FrameworkBinder.strings(node.path("rules")),
        FrameworkBinder.strings(node.path("dataSources")));
  }
}
