package dev.assay.report;

import static dev.assay.report.ExportFixtures.json;
import static dev.assay.report.ExportFixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.evaluation.ControlResult;
import dev.assay.evaluation.ControlStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * OCSF, ASFF, SARIF and OSCAL: each validates against its (hand-written, minimal) JSON Schema in
 * {@code src/test/resources/schemas} of the required fields and Assay's own rules (OSCAL and SARIF
 * also against their official schemas: OfficialSchemaTest), and the statuses read back equal the
 * evaluation's under the mapping table, with nothing but PASS read back as passing.
 */
class JsonExportsTest {

  static List<ExportContext> contexts() {
    return ExportFixtures.contexts();
  }

  private static String key(String check, String resource) {
    return check + "\n" + (resource == null ? "" : resource);
  }

  @ParameterizedTest
  @MethodSource("contexts")
  void ocsfValidatesAndRoundTrips(ExportContext ctx) {
    String out = OcsfExport.write(ctx);
    assertEquals(Set.of(), validate("ocsf-compliance-finding-min.schema.json", out));
    JsonNode events = json(out);
    assertEquals(ctx.items().size(), events.size());
    Map<String, String> read = new HashMap<>();
    Set<String> uids = new HashSet<>();
    for (JsonNode e : events) {
      assertEquals(
          e.get("class_uid").asInt() * 100 + e.get("activity_id").asInt(),
          e.get("type_uid").asInt());
      assertEquals(
          Instant.parse(ctx.result().evaluatedAt()).toEpochMilli(), e.get("time").asLong());
      assertTrue(uids.add(e.get("finding_info").get("uid").asText()), "finding uid is unique");
      JsonNode c = e.get("compliance");
      assertEquals(c.get("status_id"), c.get("checks").get(0).get("status_id"));
      assertFalse(c.get("requirements").isEmpty(), "every event names its controls");
      String resource = e.has("resources") ? e.get("resources").get(0).get("uid").asText() : null;
      String status = fromOcsf(c.get("status_id").asInt());
      read.put(key(e.get("finding_info").get("analytic").get("uid").asText(), resource), status);
    }
    assertEquals(ExportFixtures.expectedStatuses(ctx), read);
  }

  private static String fromOcsf(int id) {
    return switch (id) {
      case 1 -> "PASS";
      case 3 -> "FAIL";
      case 2 -> "ERROR";
      case 99 -> "NOT_APPLICABLE";
      case 0 -> "PENDING";
      default -> throw new AssertionError("unexpected compliance.status_id " + id);
    };
  }

  @ParameterizedTest
  @MethodSource("contexts")
  void asffValidatesAndRoundTrips(ExportContext ctx) {
    String out = AsffExport.write(ctx);
    assertEquals(Set.of(), validate("asff-min.schema.json", out));
    JsonNode findings = json(out);
    Map<String, String> expected = new HashMap<>();
    ctx.items().stream()
        .filter(i -> !i.manual())
        .forEach(i -> expected.put(i.key(), i.status().name()));
    assertEquals(expected.size(), findings.size());
    Map<String, String> read = new HashMap<>();
    Set<String> ids = new HashSet<>();
    for (JsonNode f : findings) {
      assertTrue(ids.add(f.get("Id").asText()), "Id is unique");
      String status = f.get("Compliance").get("Status").asText();
      String assay = f.get("ProductFields").get("assay/Status").asText();
      assertEquals(ExportStatus.valueOf(assay).asff(), status);
      assertEquals(status.equals("PASSED"), assay.equals("PASS"), "fail closed");
      String product = f.get("ProductArn").asText();
      assertTrue(
          product.contains(
              ":"
                  + f.get("AwsAccountId").asText()
                  + ":product/"
                  + f.get("AwsAccountId").asText()
                  + "/default"),
          product);
      read.put(
          key(
              f.get("ProductFields").get("assay/RuleId").asText(),
              f.get("Resources").get(0).get("Id").asText()),
          assay);
    }
    assertEquals(expected, read);
  }

  @ParameterizedTest
  @MethodSource("contexts")
  void sarifValidatesAndRoundTrips(ExportContext ctx) {
    String out = SarifExport.write(ctx);
    assertEquals(Set.of(), validate("sarif-2.1.0-min.schema.json", out));
    JsonNode run = json(out).get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    assertTrue(rules.size() > 0);
    JsonNode results = run.get("results");
    assertEquals(ctx.items().size(), results.size());
    Map<String, String> read = new HashMap<>();
    for (JsonNode r : results) {
      if (r.has("ruleIndex")) {
        assertEquals(r.get("ruleId"), rules.get(r.get("ruleIndex").asInt()).get("id"));
      }
      String kind = r.get("kind").asText();
      String status =
          switch (kind) {
            case "pass" -> "PASS";
            case "fail" -> "FAIL";
            case "review" -> "ERROR";
            case "notApplicable" -> "NOT_APPLICABLE";
            case "open" -> "PENDING";
            default -> throw new AssertionError(kind);
          };
      assertEquals(status, r.get("properties").get("status").asText());
      String resource =
          r.has("locations")
              ? r.get("locations")
                  .get(0)
                  .get("logicalLocations")
                  .get(0)
                  .get("fullyQualifiedName")
                  .asText()
              : null;
      read.put(key(r.get("ruleId").asText(), resource), status);
    }
    assertEquals(ExportFixtures.expectedStatuses(ctx), read);
  }

  @ParameterizedTest
  @MethodSource("contexts")
  void oscalValidatesResolvesItsReferencesAndRoundTrips(ExportContext ctx) {
    String out = OscalExport.write(ctx);
    assertEquals(Set.of(), validate("oscal-assessment-results-min.schema.json", out));
    JsonNode ar = json(out).get("assessment-results");
    JsonNode result = ar.get("results").get(0);
    // Every uuid is unique, and every reference resolves inside the document.
    List<String> all = new java.util.ArrayList<>();
    json(out).findValues("uuid").forEach(u -> all.add(u.asText()));
    assertEquals(all.size(), new HashSet<>(all).size(), "uuids are unique");
    Set<String> defined = new TreeSet<>(all);
    for (String ref : List.of("actor-uuid", "subject-uuid", "observation-uuid")) {
      ar.findValues(ref).forEach(u -> assertTrue(defined.contains(u.asText()), ref + " " + u));
    }
    assertTrue(defined.contains(ar.get("import-ap").get("href").asText().substring(1)));

    // Observations carry the finding statuses, with collected and expiry times.
    Map<String, String> read = new HashMap<>();
    for (JsonNode o : result.get("observations")) {
      assertEquals(ctx.result().evaluatedAt(), o.get("collected").asText());
      Map<String, String> props = props(o);
      if (!props.get("status").equals("PENDING")) {
        assertTrue(Instant.parse(o.get("expires").asText()).isAfter(ctx.evaluatedAt()));
      }
      String resource = o.has("subjects") ? o.get("subjects").get(0).get("title").asText() : null;
      read.put(key(props.get("rule-id"), resource), props.get("status"));
    }
    assertEquals(ExportFixtures.expectedStatuses(ctx), read);

    // One finding per control; only COMPLIANT is satisfied.
    JsonNode findings = result.get("findings");
    assertEquals(ctx.result().controls().size(), findings.size());
    for (int i = 0; i < findings.size(); i++) {
      ControlResult control = ctx.result().controls().get(i);
      JsonNode target = findings.get(i).get("target");
      assertEquals(control.controlId(), target.get("target-id").asText());
      assertEquals("objective-id", target.get("type").asText());
      String state = target.get("status").get("state").asText();
      assertEquals(control.status() == ControlStatus.COMPLIANT, state.equals("satisfied"));
      assertEquals(
          ExportStatus.oscalReason(control.status()), target.get("status").get("reason").asText());
      assertEquals(control.status().name(), props(findings.get(i)).get("status"));
    }
  }

  /** The schemas bite: each rejects a document broken in a way the format forbids. */
  @org.junit.jupiter.api.Test
  void schemasRejectBrokenDocuments() {
    ExportContext ctx = ExportFixtures.synthetic();
    String oscal = OscalExport.write(ctx);
    String uuid = json(oscal).get("assessment-results").get("uuid").asText();
    rejects(
        "oscal-assessment-results-min.schema.json",
        oscal,
        uuid,
        "00000000-0000-1000-8000-000000000000");
    rejects("oscal-assessment-results-min.schema.json", oscal, "\"collected\"", "\"gathered\"");
    rejects("oscal-assessment-results-min.schema.json", oscal, "\"not-satisfied\"", "\"unknown\"");
    String sarif = SarifExport.write(ctx);
    rejects(
        "sarif-2.1.0-min.schema.json",
        sarif,
        "\"kind\": \"pass\",(\\s*)\"level\": \"none\"",
        "\"kind\": \"pass\",$1\"level\": \"error\"");
    rejects("sarif-2.1.0-min.schema.json", sarif, "\"2\\.1\\.0\"", "\"2.0.0\"");
    String ocsf = OcsfExport.write(ctx);
    rejects(
        "ocsf-compliance-finding-min.schema.json",
        ocsf,
        "\"class_uid\": 2003",
        "\"class_uid\": 2004");
    rejects(
        "ocsf-compliance-finding-min.schema.json",
        ocsf,
        "\"provider\": \"AWS\"",
        "\"vendor\": \"AWS\"");
    String asff = AsffExport.write(ctx);
    rejects(
        "asff-min.schema.json",
        asff,
        "\"RecordState\"",
        "\"Region\": \"us-east-1\", \"RecordState\"");
    rejects("asff-min.schema.json", asff, "\"PASSED\"", "\"OK\"");
  }

  private static void rejects(String schema, String doc, String regex, String replacement) {
    String broken = doc.replaceAll(regex, replacement);
    assertFalse(broken.equals(doc), "the mutation " + regex + " applies");
    assertFalse(
        validate(schema, broken).isEmpty(), schema + " accepts " + regex + " -> " + replacement);
  }

  private static Map<String, String> props(JsonNode node) {
    Map<String, String> props = new HashMap<>();
    node.get("props").forEach(p -> props.put(p.get("name").asText(), p.get("value").asText()));
    return props;
  }
}
