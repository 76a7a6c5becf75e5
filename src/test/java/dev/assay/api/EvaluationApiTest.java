package dev.assay.api;

import static dev.assay.api.InlineCalls.JSON;
import static dev.assay.api.InlineCalls.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.cli.Cli;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code POST /api/v1/evaluations} on the real server: statuses, reasons, and parity with the CLI.
 */
@MicronautTest
class EvaluationApiTest {

  private static final String AT = "2026-11-20T00:00:00Z";
  private static final String ACCOUNT = "111111111111";
  private static final String REGION = "us-east-1";
  private static final String NOTEBOOK_ARN =
      "arn:aws:sagemaker:us-east-1:111111111111:notebook-instance/nb-open";

  @Inject EmbeddedServer server;

  private Http http;

  @BeforeEach
  void client() {
    http = new Http(server.getURI());
  }

  @Test
  void notebookWithDirectInternetAccessFails() throws IOException {
    JsonNode doc = evaluate(InlineCalls.request(AT, notebook("Enabled")));
    JsonNode finding =
        finding(doc, "sagemaker_notebook_instance_without_direct_internet_access_configured");
    assertEquals("FAIL", finding.get("status").asText());
    assertEquals(NOTEBOOK_ARN, finding.get("resourceArn").asText());
    assertEquals(
        "Notebook instance nb-open has direct internet access enabled.",
        finding.get("reason").asText());
    assertEquals("[\"GENAI-SEC-01\"]", finding.get("controlIds").toString());
    assertEquals(AT, doc.get("evaluatedAt").asText());
    assertEquals("genai-best-practices-v2", doc.get("frameworkId").asText());
  }

  @Test
  void notebookWithoutDirectInternetAccessPasses() throws IOException {
    JsonNode doc = evaluate(InlineCalls.request(AT, notebook("Disabled")));
    JsonNode finding =
        finding(doc, "sagemaker_notebook_instance_without_direct_internet_access_configured");
    assertEquals("PASS", finding.get("status").asText());
  }

  @Test
  void accessDeniedIsAnErrorNeverAPass() throws IOException {
    ObjectNode denied = call(ACCOUNT, REGION, "sagemaker", "ListNotebookInstances", null);
    denied.putObject("request");
    denied
        .putObject("error")
        .put("Code", "AccessDeniedException")
        .put("Message", "not authorized to perform sagemaker:ListNotebookInstances");
    JsonNode doc = evaluate(InlineCalls.request(AT, List.of(denied)));
    JsonNode finding =
        finding(doc, "sagemaker_notebook_instance_without_direct_internet_access_configured");
    assertEquals("ERROR", finding.get("status").asText());
    assertTrue(
        finding.get("reason").asText().contains("AccessDeniedException"),
        finding.get("reason").asText());
    assertTrue(finding.get("reason").asText().contains("account " + ACCOUNT), finding.toString());
  }

  @Test
  void nothingInScopeIsNotApplicable() throws IOException {
    ObjectNode none = call(ACCOUNT, REGION, "sagemaker", "ListNotebookInstances", null);
    none.putObject("response").putArray("NotebookInstances");
    JsonNode doc = evaluate(InlineCalls.request(AT, List.of(none)));
    JsonNode finding =
        finding(doc, "sagemaker_notebook_instance_without_direct_internet_access_configured");
    assertEquals("NOT_APPLICABLE", finding.get("status").asText());
  }

  @Test
  void anExplicitFrameworkIsUsedAndAtDefaultsToNow() throws IOException {
    ObjectNode body = InlineCalls.request(null, notebook("Enabled"));
    body.put("framework", "genai-starter");
    Instant before = Instant.now();
    JsonNode doc = evaluate(body);
    Instant evaluatedAt = Instant.parse(doc.get("evaluatedAt").asText());
    assertEquals("genai-starter", doc.get("frameworkId").asText());
    assertTrue(
        Duration.between(before, evaluatedAt).abs().getSeconds() < 60, evaluatedAt.toString());
  }

  @Test
  void unknownOperationsAreSkippedAndReported() throws IOException {
    ObjectNode other = call(ACCOUNT, REGION, "s3", "ListBuckets", null);
    other.putObject("response").putArray("Buckets");
    JsonNode doc = evaluate(InlineCalls.request(AT, List.of(other)));
    assertEquals("[\"responses[0]: no rule reads s3 ListBuckets\"]", doc.get("skipped").toString());
  }

  /**
   * The service and the CLI are two doors onto the same core: the same input, the same bytes. (Were
   * examples/snapshot to hold a file no rule reads, the two "skipped" lists would differ: the CLI
   * names files, the API names {@code responses[i]}.)
   */
  @Test
  void answersExactlyWhatTheCliPrintsForTheExampleSnapshot() throws IOException {
    ObjectNode body = JSON.createObjectNode().put("at", AT);
    body.set("responses", InlineCalls.fromSnapshot(Path.of("examples/snapshot")));
    HttpResponse<String> response = http.postJson("/api/v1/evaluations", body.toString());
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("application/json", Http.contentType(response));

    String cli = cli("evaluate", "--input", "examples/snapshot", "--format", "json", "--at", AT);
    assertEquals(cli, response.body());
  }

  private static String cli(String... args) {
    CommandLine commandLine = Cli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exit = commandLine.execute(args);
    assertTrue(exit == 0 || exit == 1, "CLI failed: " + err);
    return out.toString();
  }

  private JsonNode evaluate(ObjectNode body) throws IOException {
    HttpResponse<String> response = http.postJson("/api/v1/evaluations", body.toString());
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("application/json", Http.contentType(response));
    return JSON.readTree(response.body());
  }

  private static List<ObjectNode> notebook(String directInternetAccess) {
    ObjectNode list = call(ACCOUNT, REGION, "sagemaker", "ListNotebookInstances", null);
    list.putObject("response")
        .putArray("NotebookInstances")
        .addObject()
        .put("NotebookInstanceName", "nb-open")
        .put("NotebookInstanceArn", NOTEBOOK_ARN);
    ObjectNode describe = call(ACCOUNT, REGION, "sagemaker", "DescribeNotebookInstance", "nb-open");
    describe
        .putObject("response")
        .put("NotebookInstanceName", "nb-open")
        .put("NotebookInstanceArn", NOTEBOOK_ARN)
        .put("NotebookInstanceStatus", "InService")
        .put("DirectInternetAccess", directInternetAccess)
        .put("RootAccess", "Disabled")
        .put("SubnetId", "subnet-0abc")
        .put("KmsKeyId", "arn:aws:kms:us-east-1:111111111111:key/1234");
    return List.of(list, describe);
  }

  private static JsonNode finding(JsonNode doc, String ruleId) {
    List<JsonNode> matches =
        StreamSupport.stream(doc.get("findings").spliterator(), false)
            .filter(f -> f.get("ruleId").asText().equals(ruleId))
            .toList();
    assertEquals(1, matches.size(), "findings of " + ruleId + ": " + matches);
    return matches.get(0);
  }
}
