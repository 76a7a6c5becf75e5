package dev.assay.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.framework.Control;
import dev.assay.rules.RuleInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * SARIF 2.1.0: one run whose driver lists the rules of the framework (and any other rule a result
 * names), and one result per (rule, resource) and per outstanding manual-evidence task. Kind and
 * level follow the status mapping; only failures carry a level other than {@code none}.
 */
public final class SarifExport {

  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private SarifExport() {}

  public static String write(ExportContext ctx) {
    ObjectNode doc = ExportJson.object();
    doc.put("$schema", SCHEMA);
    doc.put("version", "2.1.0");
    ObjectNode run = doc.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "Assay").put("version", ctx.productVersion());
    Map<String, Integer> index = new HashMap<>();
    ArrayNode rules = driver.putArray("rules");
    for (String ruleId : ruleIds(ctx)) {
      RuleInfo info = ctx.rules().get(ruleId);
      if (info != null) {
        index.put(ruleId, index.size());
        rules.add(rule(info));
      }
    }
    run.putObject("automationDetails")
        .put("id", "assay/" + ctx.result().frameworkId() + "/" + ctx.result().evaluatedAt());
    run.putArray("invocations")
        .addObject()
        .put("executionSuccessful", true)
        .put("endTimeUtc", ctx.result().evaluatedAt());
    ObjectNode runProps = run.putObject("properties");
    runProps.put("frameworkId", ctx.result().frameworkId());
    runProps.put("frameworkVersion", ctx.result().frameworkVersion());
    runProps.put("ruleBaseVersion", ctx.result().ruleBaseVersion());
    ArrayNode results = run.putArray("results");
    for (ExportItem item : ctx.items()) {
      results.add(result(ctx, item, index.getOrDefault(item.checkId(), -1)));
    }
    return ExportJson.write(doc);
  }

  private static TreeSet<String> ruleIds(ExportContext ctx) {
    TreeSet<String> ids = new TreeSet<>();
    if (ctx.framework() != null) {
      ctx.framework().controls().map(Control::rules).forEach(ids::addAll);
    }
    ctx.result().findings().forEach(f -> ids.add(f.ruleId()));
    return ids;
  }

  private static ObjectNode rule(RuleInfo info) {
    ObjectNode rule = ExportJson.object();
    rule.put("id", info.id());
    rule.putObject("shortDescription").put("text", info.title());
    if (info.risk() != null && !info.risk().isBlank()) {
      rule.putObject("fullDescription").put("text", info.risk());
    }
    if (info.remediation() != null && !info.remediation().isBlank()) {
      rule.putObject("help").put("text", info.remediation());
    }
    info.references().stream()
        .filter(r -> r.startsWith("http"))
        .findFirst()
        .ifPresent(uri -> rule.put("helpUri", uri));
    String severity = info.severity().label();
    rule.putObject("defaultConfiguration").put("level", ExportSeverity.sarifLevel(severity));
    ObjectNode props = rule.putObject("properties");
    props.putArray("tags").add("security").add("compliance").add(info.domain().id());
    props.put("security-severity", ExportSeverity.securitySeverity(severity));
    props.put("resourceType", info.resourceType());
    return rule;
  }

  private static ObjectNode result(ExportContext ctx, ExportItem item, int ruleIndex) {
    ObjectNode r = ExportJson.object();
    r.put("ruleId", item.checkId());
    if (ruleIndex >= 0) {
      r.put("ruleIndex", ruleIndex);
    }
    r.put("kind", item.status().sarifKind());
    r.put("level", item.status().sarifLevel(item.severity()));
    r.putObject("message").put("text", item.reason() == null ? item.title() : item.reason());
    if (item.resourceArn() != null) {
      String arn = item.resourceArn();
      r.putArray("locations")
          .addObject()
          .putArray("logicalLocations")
          .addObject()
          .put("name", arn.substring(arn.lastIndexOf('/') + 1))
          .put("fullyQualifiedName", arn)
          .put("kind", "resource");
    }
    r.putObject("partialFingerprints").put("assayFinding/v1", StableIds.sha256(item.key()));
    ObjectNode props = r.putObject("properties");
    props.put("status", item.status().name());
    props.set("controlIds", ExportJson.strings(item.controlIds()));
    ExportJson.text(props, "severity", item.severity());
    ExportJson.text(props, "accountId", item.accountId());
    ExportJson.text(props, "region", item.region());
    ExportJson.text(props, "resourceType", item.resourceType());
    return r;
  }
}
