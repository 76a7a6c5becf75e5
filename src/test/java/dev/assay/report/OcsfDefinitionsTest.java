package dev.assay.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The OCSF export against the official definitions of OCSF 1.7.0 (ocsf/ocsf-schema: {@code
 * events/base_event.json}, {@code events/findings/finding.json} and {@code
 * compliance_finding.json}, {@code objects/compliance.json}, {@code check.json}, {@code
 * finding_info.json}, {@code analytic.json}, {@code metadata.json}, {@code product.json}, {@code
 * cloud.json}, {@code account.json}, {@code resource_details.json}, {@code profiles/cloud.json},
 * {@code dictionary.json}), checked by hand on 2026-11-30 and written down here as facts: the
 * attributes each level requires and the enum ids with their captions. Our min schema
 * (JsonExportsTest) checks shapes; this checks what a schema cannot say: that every id names the
 * caption OCSF gives it and that the derived ids follow OCSF's arithmetic (class_uid = category_uid
 * * 1000 + class id, type_uid = class_uid * 100 + activity_id).
 */
class OcsfDefinitionsTest {

  /** base_event, finding and compliance_finding: the attributes the class requires. */
  private static final List<String> REQUIRED =
      List.of(
          "activity_id",
          "category_uid",
          "class_uid",
          "metadata",
          "severity_id",
          "time",
          "type_uid",
          "finding_info",
          "compliance");

  /** finding.json {@code activity_id}. */
  private static final Map<Integer, String> ACTIVITY = Map.of(1, "Create", 2, "Update", 3, "Close");

  /** finding.json {@code status_id} (the dictionary adds 0 Unknown and 99 Other). */
  private static final Map<Integer, String> FINDING_STATUS =
      Map.of(
          0,
          "Unknown",
          1,
          "New",
          2,
          "In Progress",
          3,
          "Suppressed",
          4,
          "Resolved",
          5,
          "Archived",
          6,
          "Deleted",
          99,
          "Other");

  /** dictionary.json {@code severity_id}, as check.json repeats it. */
  private static final Map<Integer, String> SEVERITY =
      Map.of(
          0,
          "Unknown",
          1,
          "Informational",
          2,
          "Low",
          3,
          "Medium",
          4,
          "High",
          5,
          "Critical",
          6,
          "Fatal",
          99,
          "Other");

  /**
   * compliance.json and check.json {@code status_id}; for 99 (Other) the caption is the source's
   * own value, so any text is allowed there.
   */
  private static final Map<Integer, String> COMPLIANCE_STATUS =
      Map.of(0, "Unknown", 1, "Pass", 2, "Warning", 3, "Fail");

  @ParameterizedTest
  @MethodSource("dev.assay.report.OfficialSchemaTest#contexts")
  void everyEventFollowsTheOfficialDefinitions(ExportContext ctx) {
    JsonNode events = ExportFixtures.json(OcsfExport.write(ctx));
    assertTrue(events.size() > 0);
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      problems.addAll(problems(events.get(i), "[" + i + "]"));
    }
    assertEquals(List.of(), problems.stream().limit(20).toList(), problems.size() + " problems");
  }

  /** Each kind of disagreement with the definitions is caught. */
  @org.junit.jupiter.api.Test
  void theChecksCatchWhatOcsfForbids() {
    JsonNode event = ExportFixtures.json(OcsfExport.write(ExportFixtures.synthetic())).get(0);
    catches(event, e -> e.put("type_uid", 200302), ".type_uid is 200302");
    catches(event, e -> e.put("class_uid", 2001), ".class_uid is 2001");
    catches(event, e -> e.put("severity", "Severe"), "OCSF's caption of");
    catches(event, e -> e.with("compliance").put("status", "Passed"), "OCSF's caption of");
    catches(event, e -> e.with("compliance").put("status_id", 7), "is not one of");
    catches(event, e -> e.with("finding_info").remove("uid"), "lacks required uid");
    catches(event, e -> e.remove("compliance"), "lacks required compliance");
    catches(event, e -> e.with("metadata").put("version", "1.0.0"), "metadata.version");
    catches(event, e -> e.with("metadata").with("product").remove("name"), "product lacks");
    catches(event, e -> e.remove("cloud"), "cloud profile");
  }

  private static void catches(
      JsonNode event,
      java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> mutation,
      String expected) {
    com.fasterxml.jackson.databind.node.ObjectNode broken = event.deepCopy();
    mutation.accept(broken);
    List<String> found = problems(broken, "$");
    assertTrue(found.stream().anyMatch(x -> x.contains(expected)), expected + " not in " + found);
  }

  private static List<String> problems(JsonNode e, String at) {
    List<String> p = new ArrayList<>();
    for (String name : REQUIRED) {
      if (!e.hasNonNull(name)) {
        p.add(at + " lacks required " + name);
      }
    }
    expect(p, at + ".category_uid", 2, e.path("category_uid").asInt());
    expect(p, at + ".category_name", "Findings", e.path("category_name").asText());
    expect(p, at + ".class_uid", 2 * 1000 + 3, e.path("class_uid").asInt());
    expect(p, at + ".class_name", "Compliance Finding", e.path("class_name").asText());
    int activity = e.path("activity_id").asInt();
    caption(p, at + ".activity", ACTIVITY, activity, e.path("activity_name").asText());
    expect(p, at + ".type_uid", 2003 * 100 + activity, e.path("type_uid").asInt());
    expect(
        p,
        at + ".type_name",
        "Compliance Finding: " + ACTIVITY.get(activity),
        e.path("type_name").asText());
    caption(
        p, at + ".severity", SEVERITY, e.path("severity_id").asInt(), e.path("severity").asText());
    if (e.has("status_id")) {
      caption(
          p,
          at + ".status",
          FINDING_STATUS,
          e.path("status_id").asInt(),
          e.path("status").asText());
    }
    if (!e.path("time").isIntegralNumber()) {
      p.add(at + ".time is no timestamp_t (epoch milliseconds)");
    }

    JsonNode metadata = e.path("metadata");
    expect(
        p, at + ".metadata.version", OcsfExport.SCHEMA_VERSION, metadata.path("version").asText());
    if (!metadata.path("product").hasNonNull("name")) {
      p.add(at + ".metadata.product lacks required name");
    }
    boolean cloudProfile = false;
    for (JsonNode profile : metadata.path("profiles")) {
      cloudProfile |= profile.asText().equals("cloud");
    }
    if (cloudProfile && !e.path("cloud").hasNonNull("provider")) {
      p.add(at + " applies the cloud profile without cloud.provider (both required)");
    }
    JsonNode account = e.path("cloud").path("account");
    if (account.has("type_id")) {
      caption(
          p,
          at + ".cloud.account.type",
          Map.of(10, "AWS Account"),
          account.path("type_id").asInt(),
          account.path("type").asText());
    }

    JsonNode info = e.path("finding_info");
    if (!info.hasNonNull("uid")) {
      p.add(at + ".finding_info lacks required uid");
    }
    JsonNode analytic = info.path("analytic");
    if (!analytic.isMissingNode()) {
      caption(
          p,
          at + ".finding_info.analytic.type",
          Map.of(0, "Unknown", 1, "Rule", 2, "Behavioral", 3, "Statistical", 99, "Other"),
          analytic.path("type_id").asInt(-1),
          analytic.path("type").asText());
    }

    JsonNode compliance = e.path("compliance");
    complianceStatus(p, at + ".compliance", compliance);
    for (JsonNode check : compliance.path("checks")) {
      complianceStatus(p, at + ".compliance.checks[]", check);
      if (check.has("severity_id")) {
        caption(
            p,
            at + ".compliance.checks[].severity",
            SEVERITY,
            check.path("severity_id").asInt(),
            check.path("severity").asText());
      }
    }
    for (JsonNode resource : e.path("resources")) {
      if (resource.has("role_id")) {
        caption(
            p,
            at + ".resources[].role",
            Map.of(0, "Unknown", 1, "Target", 2, "Actor", 3, "Affected", 4, "Related", 99, "Other"),
            resource.path("role_id").asInt(),
            resource.path("role").asText());
      }
    }
    if (e.has("remediation") && !e.path("remediation").hasNonNull("desc")) {
      p.add(at + ".remediation lacks required desc");
    }
    return p;
  }

  private static void complianceStatus(List<String> p, String at, JsonNode node) {
    if (!node.has("status_id")) {
      return;
    }
    int id = node.path("status_id").asInt();
    if (id == 99) {
      // Other: the status is the source's own word, which must then be given.
      if (node.path("status").asText().isBlank()) {
        p.add(at + ".status_id 99 (Other) without a status");
      }
      return;
    }
    caption(p, at + ".status", COMPLIANCE_STATUS, id, node.path("status").asText());
  }

  private static void caption(
      List<String> p, String at, Map<Integer, String> captions, int id, String caption) {
    if (!captions.containsKey(id)) {
      p.add(at + "_id " + id + " is not one of " + Set.copyOf(captions.keySet()));
    } else if (!captions.get(id).equals(caption)) {
      p.add(at + " is \"" + caption + "\", OCSF's caption of " + id + " is " + captions.get(id));
    }
  }

  private static void expect(List<String> p, String at, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      p.add(at + " is " + actual + ", OCSF says " + expected);
    }
  }
}
