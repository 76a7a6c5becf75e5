package dev.assay.api;

import static dev.assay.api.InlineCalls.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.testing.NotebookSnapshot;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checking a rule change before it goes live: {@code POST /api/v1/rules/validate} and the dry-run
 * {@code POST /api/v1/reevaluations}, with candidate files laid over the serving ones. (Reload is
 * switched off in the test configuration, so the reload endpoint refuses.)
 */
@MicronautTest
class RuleChangeApiTest {

  static final String RULE =
      "sagemaker_notebook_instance_without_direct_internet_access_configured";
  static final String CONDITION = "NotebookInstance( directInternetAccess == true )";
  private static final String ARN =
      "arn:aws:sagemaker:us-east-1:111111111111:notebook-instance/nb-open";

  @Inject EmbeddedServer server;

  private Http http;
  private String secure;

  @BeforeEach
  void client() throws IOException {
    http = new Http(server.getURI());
    secure = Files.readString(Path.of("rules/secure.drl"));
    assertTrue(secure.contains(CONDITION), "the rule changed; update the test");
  }

  @Test
  void aValidCandidateIsValidWithItsOwnVersion() throws IOException {
    ObjectNode body = JSON.createObjectNode();
    body.putObject("files").put("secure.drl", secure.replace(" enabled.\"", " on.\""));
    JsonNode answer = post("/api/v1/rules/validate", body, 200);
    assertTrue(answer.get("valid").asBoolean(), answer.toString());
    assertEquals("[]", answer.get("problems").toString());
    String serving = JSON.readTree(http.get("/api/v1/rules").body()).get("version").asText();
    assertNotEquals(serving, answer.get("ruleBaseVersion").asText());
  }

  @Test
  void aBrokenCandidateListsEveryProblemByFileAndLine() throws IOException {
    String broken = secure + "\nrule \"broken\" when then x = ; end\n";
    int line = (int) broken.lines().count();
    ObjectNode body = JSON.createObjectNode();
    body.putObject("files").put("secure.drl", broken);
    JsonNode answer = post("/api/v1/rules/validate", body, 200);
    assertFalse(answer.get("valid").asBoolean());
    assertTrue(answer.get("ruleBaseVersion").isNull());
    assertTrue(
        answer.get("problems").get(0).asText().startsWith("secure.drl:" + line + ":"),
        answer.toString());
  }

  @Test
  void aFrameworkNamingAnUnknownRuleIsAProblem() throws IOException {
    String framework = Files.readString(Path.of("frameworks/genai-starter.yaml"));
    assertTrue(framework.contains(RULE));
    ObjectNode body = JSON.createObjectNode();
    body.putObject("frameworks")
        .put("genai-starter.yaml", framework.replace(RULE, "no_such_rule_anywhere"));
    JsonNode answer = post("/api/v1/rules/validate", body, 200);
    assertFalse(answer.get("valid").asBoolean());
    assertTrue(
        answer.get("problems").toString().contains("no_such_rule_anywhere"), answer.toString());
  }

  @Test
  void aFileNameOutsideTheDirectoryIsRefused() throws IOException {
    ObjectNode body = JSON.createObjectNode();
    body.putObject("files").put("../escape.drl", "x");
    JsonNode problem = post("/api/v1/rules/validate", body, 422);
    assertEquals("urn:assay:problem:invalid-request", problem.get("type").asText());
  }

  @Test
  void aDryRunListsExactlyTheStatusChangesOfTheEdit() throws IOException {
    ObjectNode body = JSON.createObjectNode().put("dryRun", true).put("at", "2026-11-20T00:00:00Z");
    body.putArray("responses").addAll(InlineCalls.openNotebook());
    // The rule now fails notebooks without direct internet access: nb-open goes FAIL -> PASS.
    body.putObject("rules")
        .put(
            "secure.drl",
            secure.replace(CONDITION, "NotebookInstance( directInternetAccess == false )"));
    JsonNode diff = post("/api/v1/reevaluations", body, 200);

    List<JsonNode> findings =
        StreamSupport.stream(diff.get("changes").spliterator(), false)
            .filter(c -> !c.get("ruleId").isNull())
            .toList();
    assertEquals(1, findings.size(), diff.toString());
    JsonNode change = findings.get(0);
    assertTrue(change.get("assessmentId").isNull());
    assertEquals(RULE, change.get("ruleId").asText());
    assertTrue(change.get("controlId").isNull());
    assertEquals(ARN, change.get("resourceArn").asText());
    assertEquals("FAIL", change.get("from").asText());
    assertEquals("PASS", change.get("to").asText());
    assertEquals(1, diff.get("counts").get("findings").asInt());
    JsonNode control =
        StreamSupport.stream(diff.get("changes").spliterator(), false)
            .filter(c -> c.get("ruleId").isNull())
            .filter(c -> c.get("controlId").asText().equals("GENAI-SEC-01"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(diff.toString()));
    assertEquals("NON_COMPLIANT", control.get("from").asText());
    assertNotEquals(diff.get("currentRuleBase"), diff.get("candidateRuleBase"));
  }

  @Test
  void aDryRunOverAStoredRunDiffsItsEvidence(@TempDir Path dir) throws IOException {
    Path snapshot = NotebookSnapshot.write(dir);
    String create =
        """
        {"name": "dry run", "framework": "genai-starter", "accounts": ["111111111111"],
         "regions": ["us-east-1"], "owners": ["alice@example.com"], "snapshotDir": "%s"}"""
            .formatted(snapshot);
    HttpResponse<String> created = http.postJson("/api/v1/assessments", create);
    assertEquals(201, created.statusCode(), created.body());
    String id = JSON.readTree(created.body()).get("id").asText();
    HttpResponse<String> run = http.postJson("/api/v1/assessments/" + id + "/runs", "{}");
    assertEquals(201, run.statusCode(), run.body());

    ObjectNode body = JSON.createObjectNode().put("dryRun", true);
    body.putArray("assessments").add(id);
    body.putObject("rules")
        .put(
            "secure.drl",
            secure.replace(CONDITION, "NotebookInstance( directInternetAccess == false )"));
    JsonNode diff = post("/api/v1/reevaluations", body, 200);
    List<String> findings =
        StreamSupport.stream(diff.get("changes").spliterator(), false)
            .filter(c -> !c.get("ruleId").isNull())
            .map(
                c ->
                    c.get("assessmentId").asText()
                        + " "
                        + c.get("ruleId").asText()
                        + " "
                        + c.get("resourceArn").asText()
                        + " "
                        + c.get("from").asText()
                        + "->"
                        + c.get("to").asText())
            .toList();
    String nb = "arn:aws:sagemaker:us-east-1:111111111111:notebook-instance/";
    assertEquals(
        List.of(
            id + " " + RULE + " " + nb + "nb-closed PASS->FAIL",
            id + " " + RULE + " " + nb + "nb-open FAIL->PASS"),
        findings);
  }

  @Test
  void aDryRunWithARejectedCandidateIs422WithItsProblems() throws IOException {
    ObjectNode body = JSON.createObjectNode().put("dryRun", true);
    body.putArray("responses").addAll(InlineCalls.openNotebook());
    body.putObject("rules").put("secure.drl", secure + "\nrule \"broken\" when then x = ; end\n");
    JsonNode problem = post("/api/v1/reevaluations", body, 422);
    assertEquals("urn:assay:problem:rules-rejected", problem.get("type").asText());
    assertTrue(
        problem.get("problems").get(0).asText().startsWith("secure.drl:"), problem.toString());
  }

  @Test
  void inlineEvidenceIsOnlyForDryRuns() throws IOException {
    ObjectNode body = JSON.createObjectNode().put("dryRun", false);
    body.putArray("responses").addAll(InlineCalls.openNotebook());
    JsonNode problem = post("/api/v1/reevaluations", body, 422);
    assertTrue(problem.get("detail").asText().contains("dryRun"), problem.toString());
  }

  @Test
  void reloadSwitchedOffIsAConflict() throws IOException {
    HttpResponse<String> response = http.postJson("/api/v1/rules/reload", "");
    assertEquals(409, response.statusCode(), response.body());
    assertEquals(
        "urn:assay:problem:reload-disabled", JSON.readTree(response.body()).get("type").asText());
  }

  private JsonNode post(String path, ObjectNode body, int status) throws IOException {
    HttpResponse<String> response = http.postJson(path, body.toString());
    assertEquals(status, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }
}
