package dev.assay.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * OCSF Compliance Finding (class 2003) events, a JSON array with one event per (rule, resource) and
 * one per outstanding manual-evidence task (compliance status 0 Unknown).
 */
public final class OcsfExport {

  /** The released OCSF schema version the events follow. */
  public static final String SCHEMA_VERSION = "1.7.0";

  private OcsfExport() {}

  public static String write(ExportContext ctx) {
    ArrayNode events = ExportJson.array();
    long time = ctx.evaluatedAt().toEpochMilli();
    for (ExportItem item : ctx.items()) {
      events.add(event(ctx, item, time));
    }
    return ExportJson.write(events);
  }

  private static ObjectNode event(ExportContext ctx, ExportItem item, long time) {
    ObjectNode e = ExportJson.object();
    e.put("category_uid", 2).put("category_name", "Findings");
    e.put("class_uid", 2003).put("class_name", "Compliance Finding");
    e.put("activity_id", 1).put("activity_name", "Create");
    e.put("type_uid", 200301).put("type_name", "Compliance Finding: Create");
    e.put("time", time);
    e.put("severity_id", ExportSeverity.ocsfId(item.severity()));
    e.put("severity", ExportSeverity.ocsfCaption(item.severity()));
    e.put("status_id", 1).put("status", "New");
    ExportJson.text(e, "message", item.reason());

    ObjectNode metadata = e.putObject("metadata");
    metadata.put("version", SCHEMA_VERSION);
    metadata.putArray("profiles").add("cloud");
    metadata
        .putObject("product")
        .put("name", "Assay")
        .put("vendor_name", "Assay")
        .put("version", ctx.productVersion());
    metadata.put("log_name", ctx.standard());

    ObjectNode cloud = e.putObject("cloud").put("provider", "AWS");
    ExportJson.text(cloud, "region", item.region());
    if (item.accountId() != null) {
      cloud
          .putObject("account")
          .put("uid", item.accountId())
          .put("type_id", 10)
          .put("type", "AWS Account");
    }

    ObjectNode info = e.putObject("finding_info");
    info.put("uid", "assay-" + StableIds.sha256(item.key()));
    info.put("title", item.title());
    ExportJson.text(info, "desc", item.risk());
    info.putArray("types").add(item.manual() ? "Manual Evidence" : "Compliance Check");
    info.put("created_time", time).put("first_seen_time", time).put("last_seen_time", time);
    info.putObject("analytic")
        .put("type_id", 1)
        .put("type", "Rule")
        .put("uid", item.checkId())
        .put("name", item.checkId());

    ObjectNode compliance = e.putObject("compliance");
    compliance.set("standards", ExportJson.strings(java.util.List.of(ctx.standard())));
    // A check no control names has no control: the attribute is left out, not set to "".
    ExportJson.text(compliance, "control", String.join(", ", item.controlIds()));
    compliance.set("requirements", ExportJson.strings(item.controlIds()));
    ExportJson.text(compliance, "category", item.domain());
    compliance.put("status_id", item.status().ocsfStatusId());
    compliance.put("status", item.status().ocsfStatus());
    compliance.put("status_code", item.status().name());
    ObjectNode check = compliance.putArray("checks").addObject();
    check.put("uid", item.checkId()).put("name", item.title());
    check.put("status_id", item.status().ocsfStatusId()).put("status", item.status().ocsfStatus());
    check.put("severity_id", ExportSeverity.ocsfId(item.severity()));
    check.put("severity", ExportSeverity.ocsfCaption(item.severity()));
    check.put("version", ctx.result().ruleBaseVersion());

    if (item.resourceArn() != null) {
      ObjectNode resource = e.putArray("resources").addObject();
      resource.put("uid", item.resourceArn());
      ExportJson.text(resource, "type", item.resourceType());
      ExportJson.text(resource, "region", item.region());
      resource.put("cloud_partition", ArnParts.partition(item.resourceArn()));
      resource.put("role_id", 1).put("role", "Target");
    }
    if (item.remediation() != null && !item.remediation().isBlank()) {
      ObjectNode remediation = e.putObject("remediation").put("desc", item.remediation());
      if (!item.references().isEmpty()) {
        remediation.set("references", ExportJson.strings(item.references()));
      }
    }
    return e;
  }
}
