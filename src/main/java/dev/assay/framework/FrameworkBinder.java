package dev.assay.framework;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns schema-valid framework documents into records. */
final class FrameworkBinder {

  private final Map<String, CommonControl> commons;

  /**
   * @param commons the common controls that {@code common:} may name
   */
  FrameworkBinder(Map<String, CommonControl> commons) {
    this.commons = commons;
  }

  /** A framework that extends none: its control sets are exactly the file's. */
  Framework bind(JsonNode node, String contentHash, Problems problems) {
    String id = node.get("id").asText();
    List<ControlSet> sets = new ArrayList<>();
    for (JsonNode set : node.path("controlSets")) {
      sets.add(
          new ControlSet(
              set.get("id").asText(),
              set.get("name").asText(),
              text(set, "description"),
              controls(set, id, problems)));
    }
    return new Framework(
        id,
        node.get("name").asText(),
        node.get("version").asText(),
        text(node, "description"),
        text(node, "complianceType"),
        List.copyOf(sets),
        contentHash,
        type(node),
        null,
        null);
  }

  static FrameworkType type(JsonNode node) {
    String type = text(node, "type");
    return type == null
        ? FrameworkType.CUSTOM
        : FrameworkType.valueOf(type.toUpperCase(Locale.ROOT));
  }

  /**
   * The controls of one control set node; controls naming an unknown common control are left out.
   */
  List<Control> controls(JsonNode set, String origin, Problems problems) {
    List<Control> controls = new ArrayList<>();
    for (JsonNode control : set.path("controls")) {
      Control bound = control(control, origin, problems);
      if (bound != null) {
        controls.add(bound);
      }
    }
    return List.copyOf(controls);
  }

  /**
   * One control. A control that reuses a common control takes the common control's rules, data
   * sources, domain and description wherever it states none of its own.
   */
  private Control control(JsonNode node, String origin, Problems problems) {
    String id = node.get("id").asText();
    String commonId = text(node, "common");
    CommonControl common = commonId == null ? null : commons.get(commonId);
    if (commonId != null && common == null) {
      problems.add(
          "control " + id + ": common",
          "no common control "
              + commonId
              + " in the library (known: "
              + String.join(", ", commons.keySet())
              + ")");
      return null;
    }
    JsonNode plan = node.get("actionPlan");
    return new Control(
        id,
        node.get("name").asText(),
        or(text(node, "description"), common == null ? null : common.description()),
        or(text(node, "domain"), common == null ? null : common.domain()),
        ControlType.valueOf(node.get("type").asText().toUpperCase(Locale.ROOT)),
        node.has("rules") || common == null ? strings(node.path("rules")) : common.rules(),
        node.has("dataSources") || common == null
            ? strings(node.path("dataSources"))
            : common.dataSources(),
        text(node, "testingInformation"),
        plan == null ? null : actionPlan(plan),
        evidence(node.get("evidence"), null),
        commonId,
        origin,
        strings(node.path("renamedFrom")));
  }

  static ActionPlan actionPlan(JsonNode plan) {
    return new ActionPlan(plan.get("title").asText(), plan.get("instructions").asText());
  }

  /**
   * An evidence block laid over {@code base}: fields the node gives replace the base's. With a
   * {@code null} base the node must be complete, which the schema or {@link ControlChecks} ensure.
   */
  static EvidenceSpec evidence(JsonNode node, EvidenceSpec base) {
    if (node == null) {
      return base;
    }
    EvidenceSpec b = base == null ? new EvidenceSpec(null, null, null, null, null) : base;
    String cadence = text(node, "cadence");
    return new EvidenceSpec(
        or(text(node, "instructions"), b.instructions()),
        cadence == null ? b.cadence() : Period.parse(cadence),
        or(text(node, "inputType"), b.inputType()),
        or(text(node, "owner"), b.owner()),
        or(text(node, "appliesTo"), b.appliesTo()));
  }

  static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return List.copyOf(values);
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static String or(String value, String fallback) {
    return value != null ? value : fallback;
  }
}
