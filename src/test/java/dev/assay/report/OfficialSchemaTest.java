package dev.assay.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * OSCAL and SARIF exports against the formats' official schemas (NIST's OSCAL assessment-results
 * schema, OASIS's SARIF 2.1.0 schema), on the shipped example and on a result with every status.
 * OCSF and ASFF publish no JSON Schema in a registry this build reaches; JsonExportsTest checks
 * their required fields, and AsffModelTest checks ASFF against Security Hub's botocore API model.
 */
class OfficialSchemaTest {

  static List<ExportContext> contexts() {
    return ExportFixtures.contexts();
  }

  @ParameterizedTest
  @MethodSource("contexts")
  void oscalAssessmentResultsValidateAgainstNistSchema(ExportContext ctx) {
    assertTrue(OfficialSchemas.id(OfficialSchemas.OSCAL_AR).contains("oscal-ar-"));
    assertEquals(
        Set.of(), OfficialSchemas.validate(OfficialSchemas.OSCAL_AR, OscalExport.write(ctx)));
  }

  @ParameterizedTest
  @MethodSource("contexts")
  void sarifValidatesAgainstOasisSchema(ExportContext ctx) {
    assertTrue(OfficialSchemas.id(OfficialSchemas.SARIF).contains("sarif-schema-2.1.0"));
    assertEquals(Set.of(), OfficialSchemas.validate(OfficialSchemas.SARIF, SarifExport.write(ctx)));
  }

  /** The official schemas bite: documents broken in ways the formats forbid are rejected. */
  @Test
  void officialSchemasRejectBrokenDocuments() {
    ExportContext ctx = ExportFixtures.synthetic();
    String oscal = OscalExport.write(ctx);
    String uuid = ExportFixtures.json(oscal).get("assessment-results").get("uuid").asText();
    rejects(OfficialSchemas.OSCAL_AR, oscal, uuid, "not-a-uuid");
    rejects(OfficialSchemas.OSCAL_AR, oscal, "\"collected\"", "\"gathered\"");
    rejects(OfficialSchemas.OSCAL_AR, oscal, "\"objective-id\"", "\"control\"");
    rejects(OfficialSchemas.OSCAL_AR, oscal, "\"import-ap\"", "\"import-plan\"");
    String sarif = SarifExport.write(ctx);
    rejects(OfficialSchemas.SARIF, sarif, "\"2\\.1\\.0\"", "\"2.0.0\"");
    rejects(OfficialSchemas.SARIF, sarif, "\"kind\": \"pass\"", "\"kind\": \"passed\"");
    rejects(OfficialSchemas.SARIF, sarif, "\"level\": \"none\"", "\"level\": \"fatal\"");
  }

  private static void rejects(String schema, String doc, String regex, String replacement) {
    String broken = doc.replaceAll(regex, replacement);
    assertFalse(broken.equals(doc), "the mutation " + regex + " applies");
    assertFalse(
        OfficialSchemas.validate(schema, broken).isEmpty(),
        schema + " accepts " + regex + " -> " + replacement);
  }
}
