package dev.assay.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.fact.ManualEvidence;
import dev.assay.framework.Framework;
import dev.assay.framework.FrameworkLoader;
import dev.assay.rules.RuleBase;
import dev.assay.rules.ShippedRules;
import dev.assay.snapshot.InlineSnapshots;
import dev.assay.snapshot.Normalization;
import dev.assay.snapshot.NormalizedSnapshot;
import dev.assay.snapshot.RecordedCall;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule that asks for evidence ({@code @output("evidence")}) rather than failing resources: its
 * request becomes a task of the control that maps it, closed by fresh manual evidence, it has no
 * findings, and its cases must assert the requests.
 */
class EvidenceRequestRuleTest {

  private static final String RULE = "sagemaker_endpoint_evaluation_report_provided";
  private static final String EP = "arn:aws:sagemaker:us-east-1:111111111111:endpoint/ep-chat";
  private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

  private static RuleBase ruleBase;
  private static Framework framework;
  private static NormalizedSnapshot unmonitored;

  @TempDir Path cases;

  @BeforeAll
  static void load() throws IOException {
    ruleBase = ShippedRules.ruleBase();
    framework =
        new FrameworkLoader(ruleBase.rules().keySet())
            .load(ShippedRules.FRAMEWORKS)
            .find("genai-best-practices-v2")
            .orElseThrow();
    ObjectMapper json = new ObjectMapper();
    Normalization normalization = Normalization.standard();
    unmonitored =
        normalization.normalize(
            new InlineSnapshots(normalization.knownOperations())
                .build(
                    List.of(
                        call(
                            json,
                            "ListEndpoints",
                            null,
                            "{\"Endpoints\": [{\"EndpointName\":"
                                + " \"ep-chat\", \"EndpointArn\": \""
                                + EP
                                + "\", \"EndpointStatus\":"
                                + " \"InService\"}]}"),
                        call(
                            json,
                            "DescribeEndpoint",
                            "ep-chat",
                            "{\"EndpointName\": \"ep-chat\","
                                + " \"EndpointArn\": \""
                                + EP
                                + "\", \"EndpointConfigName\": \"ec\","
                                + " \"EndpointStatus\": \"InService\"}"),
                        call(
                            json,
                            "ListMonitoringSchedules",
                            null,
                            "{\"MonitoringScheduleSummaries\": []}"))));
  }

  private static RecordedCall call(ObjectMapper json, String operation, String suffix, String body)
      throws IOException {
    JsonNode response = json.readTree(body);
    return new RecordedCall(
        "111111111111", "us-east-1", "sagemaker", operation, suffix, null, response, null);
  }

  @Test
  void theRequestBecomesAnOpenTaskOfTheMappedControlAndNoFinding() {
    EvaluationResult result = new Evaluator().evaluate(unmonitored, ruleBase, framework, NOW);
    assertTrue(result.findings().stream().noneMatch(f -> f.ruleId().equals(RULE)));
    Task task = task(result);
    assertEquals(TaskStatus.OPEN, task.status());
    assertEquals("2026-12-01", task.due());
    assertTrue(task.instructions().startsWith("No quality monitor watches endpoint ep-chat"));
  }

  @Test
  void freshEvidenceSatisfiesTheRequestAndStaleEvidenceReopensIt() {
    ManualEvidence report =
        new ManualEvidence(
            "GENAI-ACC-06", EP, Instant.parse("2026-11-01T00:00:00Z"), "FILE", "eval.pdf", null);
    EvaluationResult fresh =
        new Evaluator().evaluate(unmonitored, ruleBase, framework, NOW, List.of(report));
    assertEquals(TaskStatus.SATISFIED, task(fresh).status());
    assertEquals("2027-02-01", task(fresh).due());
    EvaluationResult later =
        new Evaluator()
            .evaluate(
                unmonitored,
                ruleBase,
                framework,
                Instant.parse("2027-03-01T00:00:00Z"),
                List.of(report));
    assertEquals(TaskStatus.STALE, task(later).status());
  }

  @Test
  void aCaseOfAnEvidenceRuleMustAssertItsRequests() throws IOException {
    Path file = cases.resolve("accuracy").resolve(RULE + ".yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        """
        cases:
          - name: says nothing of requests
            responses:
              - {service: sagemaker, operation: ListEndpoints, response: {Endpoints: []}}
              - {service: sagemaker, operation: ListMonitoringSchedules, response: {MonitoringScheduleSummaries: []}}
            fired: []
            expect: []
          - name: expects the wrong request
            responses:
              - {service: sagemaker, operation: ListEndpoints, response: {Endpoints: []}}
              - {service: sagemaker, operation: ListMonitoringSchedules, response: {MonitoringScheduleSummaries: []}}
            fired: []
            requests:
              - {resourceArn: %s, instructions: upload it}
        """
            .formatted(EP));
    RuleCaseReport report = new RuleCaseRunner(ruleBase).run(cases);
    List<String> differences =
        report.failures().stream().flatMap(r -> r.differences().stream()).toList();
    assertEquals(
        List.of(
            "requests: "
                + RULE
                + " asks for evidence; the case must list the requests it expects ([] for none)",
            "missing evidence request: " + EP + " \"upload it\""),
        differences);
  }

  private static Task task(EvaluationResult result) {
    return result.tasks().stream()
        .filter(t -> t.controlId().equals("GENAI-ACC-06") && EP.equals(t.resourceArn()))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no GENAI-ACC-06 task for " + EP + ": " + result.tasks()));
  }
}
