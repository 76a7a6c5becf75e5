package dev.assay.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.json.SafeYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code <domain>.meta.yaml}: the prose of each rule of a domain.
 *
 * <pre>
 * rules:
 *   sagemaker_notebook_instance_root_access_disabled:
 *     title: ...
 *     risk: ...
 *     remediation: ...
 *     references: [https://...]
 *     notes: ...          # optional, e.g. how Assay differs from Prowler
 * </pre>
 */
final class RuleMetadataFile {

  /** The prose of one rule. */
  record Prose(
      String title, String risk, String remediation, List<String> references, String notes) {}

  private RuleMetadataFile() {}

  static Map<String, Prose> read(Path file, String name, List<RuleProblem> problems) {
    Map<String, Prose> prose = new LinkedHashMap<>();
    JsonNode root;
    try {
      root = SafeYaml.readTree(Files.readString(file));
    } catch (IOException e) {
      problems.add(RuleProblem.of(name, "cannot read rule metadata: " + firstLine(e.getMessage())));
      return prose;
    }
    JsonNode rules = root == null ? null : root.get("rules");
    if (rules == null || !rules.isObject()) {
      problems.add(RuleProblem.of(name, "expected a top-level \"rules:\" mapping of rule IDs"));
      return prose;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = rules.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      JsonNode body = entry.getValue();
      String id = entry.getKey();
      List<String> missing = new ArrayList<>();
      for (String field : List.of("title", "risk", "remediation")) {
        if (!body.path(field).isTextual() || body.path(field).asText().isBlank()) {
          missing.add(field);
        }
      }
      if (!missing.isEmpty()) {
        problems.add(
            RuleProblem.of(name, "rule " + id + ": missing " + String.join(", ", missing)));
        continue;
      }
      List<String> references = new ArrayList<>();
      body.path("references").forEach(r -> references.add(r.asText()));
      String notes = body.path("notes").isTextual() ? body.get("notes").asText() : null;
      prose.put(
          id,
          new Prose(
              body.get("title").asText().trim(),
              body.get("risk").asText().trim(),
              body.get("remediation").asText().trim(),
              List.copyOf(references),
              notes));
    }
    return prose;
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
