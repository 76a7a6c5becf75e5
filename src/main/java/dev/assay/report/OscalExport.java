package dev.assay.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.evaluation.ControlResult;
import dev.assay.evaluation.ControlStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OSCAL assessment-results JSON: one result whose observations are the (rule, resource) findings
 * and outstanding manual-evidence tasks (collected at the evaluation instant, expiring after the
 * context's validity), and one finding per control targeting it as an objective. Every UUID is a
 * name-based version 5 UUID of the content, so a fixed input gives the same document.
 */
public final class OscalExport {

  public static final String OSCAL_VERSION = "1.1.3";

  /** The namespace of Assay's own OSCAL properties. */
  public static final String NS = "https://assay.dev/ns/oscal";

  private OscalExport() {}

  public static String write(ExportContext ctx) {
    String at = ctx.result().evaluatedAt();
    String subject = ctx.subjectId() != null ? ctx.subjectId() : ctx.standard();
    String seed = subject + "|" + at + "|" + ctx.result().ruleBaseVersion();
    String tool = StableIds.uuid("component|assay");
    String plan = StableIds.uuid("assessment-plan|" + subject);

    ObjectNode ar = ExportJson.object();
    ar.put("uuid", StableIds.uuid("assessment-results|" + seed));
    ObjectNode metadata = ar.putObject("metadata");
    metadata.put("title", "Assay assessment results: " + frameworkName(ctx));
    metadata.put("last-modified", at);
    metadata.put("version", at);
    metadata.put("oscal-version", OSCAL_VERSION);
    ar.putObject("import-ap").put("href", "#" + plan);

    ObjectNode result = ar.putArray("results").addObject();
    result.put("uuid", StableIds.uuid("result|" + seed));
    result.put("title", "Evaluation of " + ctx.standard() + " at " + at);
    result.put(
        "description",
        "Automated evaluation by Assay of framework "
            + ctx.standard()
            + " with rule base "
            + ctx.result().ruleBaseVersion()
            + ".");
    result.put("start", at).put("end", at);

    ObjectNode local = result.putObject("local-definitions");
    local
        .putArray("components")
        .addObject()
        .put("uuid", tool)
        .put("type", "software")
        .put("title", "Assay")
        .put("description", "Assay compliance evaluator " + ctx.productVersion() + ".")
        .putObject("status")
        .put("state", "operational");
    List<ExportItem> items = ctx.items();
    Map<String, String> inventory = new LinkedHashMap<>();
    items.stream()
        .map(ExportItem::resourceArn)
        .filter(a -> a != null)
        .sorted()
        .forEach(arn -> inventory.putIfAbsent(arn, StableIds.uuid("resource|" + arn)));
    if (!inventory.isEmpty()) {
      ArrayNode inv = local.putArray("inventory-items");
      inventory.forEach(
          (arn, uuid) -> {
            ObjectNode item = inv.addObject().put("uuid", uuid).put("description", arn);
            item.putArray("props").addObject().put("name", "asset-id").put("value", arn);
          });
    }

    ArrayNode selections = result.putObject("reviewed-controls").putArray("control-selections");
    ObjectNode selection = selections.addObject();
    if (ctx.result().controls().isEmpty()) {
      selection.putObject("include-all");
    } else {
      ArrayNode include = selection.putArray("include-controls");
      ctx.result().controls().forEach(c -> include.addObject().put("control-id", c.controlId()));
    }

    String expires = ctx.evaluatedAt().plus(ctx.observationValidity()).toString();
    Map<String, List<String>> byControl = new LinkedHashMap<>();
    ArrayNode observations = result.putArray("observations");
    for (ExportItem item : items) {
      String uuid = StableIds.uuid("observation|" + seed + "|" + item.key());
      item.controlIds()
          .forEach(c -> byControl.computeIfAbsent(c, k -> new ArrayList<>()).add(uuid));
      ObjectNode o = observations.addObject().put("uuid", uuid).put("title", item.title());
      o.put(
          "description",
          item.reason() == null || item.reason().isBlank() ? item.title() : item.reason());
      ArrayNode props = o.putArray("props");
      prop(props, "rule-id", item.checkId());
      prop(props, "status", item.status().name());
      if (item.severity() != null) {
        prop(props, "severity", item.severity());
      }
      o.putArray("methods").add(item.manual() ? "EXAMINE" : "TEST");
      o.putArray("types").add("control-objective");
      o.putArray("origins")
          .addObject()
          .putArray("actors")
          .addObject()
          .put("type", "tool")
          .put("actor-uuid", tool);
      if (item.resourceArn() != null) {
        o.putArray("subjects")
            .addObject()
            .put("subject-uuid", inventory.get(item.resourceArn()))
            .put("type", "inventory-item")
            .put("title", item.resourceArn());
      }
      o.put("collected", at);
      if (!item.manual()) {
        o.put("expires", expires);
      }
    }
    if (observations.isEmpty()) {
      result.remove("observations");
    }

    ArrayNode findings = result.putArray("findings");
    for (ControlResult c : ctx.result().controls()) {
      ObjectNode f = findings.addObject();
      f.put("uuid", StableIds.uuid("finding|" + seed + "|" + c.controlId()));
      f.put("title", c.controlId() + " " + ctx.controlName(c.controlId()));
      f.put(
          "description",
          c.status().name()
              + ": "
              + c.pass()
              + " pass, "
              + c.fail()
              + " fail, "
              + c.error()
              + " error, "
              + c.notApplicable()
              + " not applicable, "
              + c.openTasks()
              + " open tasks.");
      prop(f.putArray("props"), "status", c.status().name());
      ObjectNode target = f.putObject("target");
      target.put("type", "objective-id").put("target-id", c.controlId());
      target.put("title", ctx.controlName(c.controlId()));
      target
          .putObject("status")
          .put("state", ExportStatus.oscalState(c.status()))
          .put("reason", ExportStatus.oscalReason(c.status()));
      List<String> related = byControl.getOrDefault(c.controlId(), List.of());
      if (!related.isEmpty()) {
        ArrayNode rel = f.putArray("related-observations");
        related.forEach(uuid -> rel.addObject().put("observation-uuid", uuid));
      }
      String remarks = remarks(c);
      if (remarks != null) {
        f.put("remarks", remarks);
      }
    }
    if (findings.isEmpty()) {
      result.remove("findings");
    }

    ar.putObject("back-matter")
        .putArray("resources")
        .addObject()
        .put("uuid", plan)
        .put("title", "Assessment plan: " + frameworkName(ctx))
        .put(
            "description",
            "Evaluate every control of framework "
                + ctx.standard()
                + " with Assay's rules against the collected AWS configuration.");
    ObjectNode doc = ExportJson.object();
    doc.set("assessment-results", ar);
    return ExportJson.write(doc);
  }

  private static String remarks(ControlResult c) {
    if (c.status() == ControlStatus.NOT_APPLICABLE) {
      return "Not applicable: nothing in scope for the control's rules.";
    }
    if (c.status() == ControlStatus.INCONCLUSIVE) {
      return "Inconclusive: "
          + c.error()
          + " findings could not be decided and "
          + c.openTasks()
          + " manual-evidence tasks are outstanding; never counted as satisfied.";
    }
    return null;
  }

  private static void prop(ArrayNode props, String name, String value) {
    props.addObject().put("name", name).put("ns", NS).put("value", value);
  }

  private static String frameworkName(ExportContext ctx) {
    String name = ctx.framework() == null ? ctx.result().frameworkId() : ctx.framework().name();
    return name + " " + ctx.result().frameworkVersion();
  }
}
