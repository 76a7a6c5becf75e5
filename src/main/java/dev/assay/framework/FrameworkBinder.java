package dev.assay.framework;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns a schema-valid framework document into records. */
final class FrameworkBinder {

  private FrameworkBinder() {}

  static Framework bind(JsonNode node, String contentHash) {
    List<ControlSet> sets = new ArrayList<>();
    for (JsonNode set : node.path("controlSets")) {
      List<Control> controls = new ArrayList<>();
      for (JsonNode control : set.path("controls")) {
        controls.add(control(control));
      }
      sets.add(
          new ControlSet(
              set.get("id").asText(), set.get("name").asText(), text(set, "description"), controls));
    }
    return new Framework(
        node.get("id").asText(),
        node.get("name").asText(),
        node.get("version").asText(),
        text(node, "description"),
        text(node, "complianceType"),
        List.copyOf(sets),
        contentHash);
  }

  private static Control control(JsonNode node) {
    JsonNode plan = node.get("actionPlan");
    JsonNode evidence = node.get("evidence");
    return new Control(
        node.get("id").asText(),
        node.get("name").asText(),
        text(node, "description"),
        node.get("domain").asText(),
        ControlType.valueOf(node.get("type").asText().toUpperCase(Locale.ROOT)),
        strings(node.path("rules")),
        strings(node.path("dataSources")),
        text(node, "testingInformation"),
        plan == null ? null : new ActionPlan(plan.get("title").asText(), plan.get("instructions").asText()),
        evidence == null
            ? null
            : new EvidenceSpec(
                evidence.get("instructions").asText(),
                Period.parse(evidence.get("cadence").asText()),
                evidence.get("inputType").asText(),
                text(evidence, "owner"),
                text(evidence, "appliesTo")));
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return List.copyOf(values);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
