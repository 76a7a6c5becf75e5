package dev.assay.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.evaluation.EvaluationResult;
import dev.assay.evaluation.Finding;
import dev.assay.evaluation.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every ASFF finding Assay exports against Security Hub's own API model, shape {@code
 * AwsSecurityFinding} of botocore's {@code securityhub/service-2.json}: the official
 * machine-readable definition of what {@code BatchImportFindings} accepts (our asff-min schema in
 * JsonExportsTest is only our reading of it). The example snapshot's golden results, under both
 * shipped frameworks, and the synthetic result with every status are exported and checked finding
 * by finding.
 */
class AsffModelTest {

  private static final String FINDING = "AwsSecurityFinding";
  private static JsonNode model;

  @BeforeAll
  static void loadModel() {
    model = BotocoreModel.load("securityhub");
  }

  static Stream<ExportContext> contexts() {
    return Stream.of(
        ExportFixtures.example(),
        golden("/golden/examples-snapshot-genai-best-practices-v2.json"),
        ExportFixtures.synthetic(),
        edges());
  }

  /**
   * The synthetic result plus the findings whose fields sit at Security Hub's limits: a check no
   * control names (no control ids), a partition outside the model's enum, a blank title.
   */
  private static ExportContext edges() {
    ExportContext base = ExportFixtures.synthetic();
    EvaluationResult r = base.result();
    List<Finding> findings = new ArrayList<>(r.findings());
    findings.add(
        new Finding(
            "svc_fail_rule",
            List.of(),
            Status.FAIL,
            "high",
            "arn:aws-iso:sagemaker:us-iso-east-1:444444444444:endpoint/e9",
            "Endpoint",
            "444444444444",
            "us-iso-east-1",
            "Endpoint e9 fails a check no control names."));
    findings.add(
        new Finding(
            "rule_without_metadata",
            List.of("C-FAIL"),
            Status.FAIL,
            "medium",
            "arn:aws:bedrock:us-east-1:111111111111:guardrail/g2",
            "Guardrail",
            "111111111111",
            "us-east-1",
            " "));
    EvaluationResult edged =
        new EvaluationResult(
            r.ruleBaseVersion(),
            r.frameworkId(),
            r.frameworkVersion(),
            r.evaluatedAt(),
            r.skipped(),
            findings,
            r.controls(),
            r.tasks());
    return new ExportContext(
        edged,
        base.framework(),
        base.rules(),
        base.productVersion(),
        null,
        base.observationValidity());
  }

  private static ExportContext golden(String resource) {
    try (InputStream in = AsffModelTest.class.getResourceAsStream(resource)) {
      return ExportContext.of(
          ExportFixtures.engine(), ExportFixtures.JSON.readValue(in, EvaluationResult.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("contexts")
  void everyExportedFindingMatchesSecurityHubsModel(ExportContext ctx) {
    JsonNode findings = ExportFixtures.json(AsffExport.write(ctx));
    assertTrue(findings.size() > 0, "the export has findings to check");
    BotocoreShapeCheck check = new BotocoreShapeCheck(model);
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      problems.addAll(check.check(FINDING, findings.get(i), "[" + i + "]"));
    }
    assertEquals(List.of(), problems.stream().limit(20).toList(), problems.size() + " problems");
    // The check walked what we export, nested shapes included.
    assertTrue(check.membersSeen().contains("Resource.Partition"), check.membersSeen().toString());
    assertTrue(check.membersSeen().contains("Compliance.RelatedRequirements"));
    assertTrue(check.membersSeen().contains("Recommendation.Text"));
  }

  /** The model check bites on each kind of mistake it exists for. */
  @Test
  void theModelCheckRejectsFindingsSecurityHubWouldReject() {
    JsonNode first = ExportFixtures.json(AsffExport.write(ExportFixtures.synthetic())).get(0);
    rejects(first, f -> f.remove("GeneratorId"), "lacks required member GeneratorId");
    rejects(first, f -> f.put("Colour", "red"), "is no member of AwsSecurityFinding");
    rejects(first, f -> f.with("Severity").put("Label", "SEVERE"), "not one of");
    rejects(first, f -> f.with("Compliance").put("Status", "OK"), "not one of");
    rejects(first, f -> f.put("Title", "t".repeat(257)), "more than the maximum 256");
    rejects(first, f -> f.put("AwsAccountId", "1234"), "the documented length is 12");
    rejects(first, f -> f.put("Confidence", "high"), "the model says integer");
    rejects(first, f -> f.put("Types", "one"), "the model says list");
    rejects(first, f -> f.putArray("Resources"), "fewer than the minimum 1");
    rejects(first, f -> f.put("Description", " "), "does not match the pattern");
    rejects(first, f -> f.put("UpdatedAt", "yesterday"), "no RFC 3339 date-time");
    rejects(
        first,
        f -> ((ObjectNode) f.withArray("Resources").get(0)).put("Partition", "aws-mars"),
        "not one of");
    rejects(
        first,
        f -> ((ObjectNode) f.withArray("Resources").get(0)).remove("Id"),
        "lacks required member Id");
    rejects(
        first, f -> f.with("ProductFields").put("k".repeat(129), "v"), "key is longer than 128");
  }

  private static void rejects(JsonNode finding, Consumer<ObjectNode> mutation, String expected) {
    ObjectNode broken = finding.deepCopy();
    mutation.accept(broken);
    List<String> problems = new BotocoreShapeCheck(model).check(FINDING, broken, "$");
    assertFalse(problems.isEmpty(), "accepted a finding that should fail with: " + expected);
    assertTrue(
        problems.stream().anyMatch(p -> p.contains(expected)),
        "expected a problem with \"" + expected + "\", got " + problems);
  }
}
