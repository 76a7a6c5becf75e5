package dev.assay.api;

import static dev.assay.api.InlineCalls.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Collections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every {@code assay.limits.*} key refuses a request over it with 413 and a problem naming the key;
 * a request within the limits still evaluates. The limits are set small here so the bodies stay
 * small.
 */
@MicronautTest
@Property(name = "assay.limits.max-responses", value = "3")
@Property(name = "assay.limits.max-manual-evidence", value = "2")
@Property(name = "assay.limits.max-candidate-files", value = "2")
@Property(name = "assay.limits.max-string-length", value = "200")
@Property(name = "assay.limits.max-nesting-depth", value = "8")
class LimitsApiTest {

  static final String CALL =
      "{\"accountId\":\"111111111111\",\"region\":\"us-east-1\",\"service\":\"sagemaker\","
          + "\"operation\":\"ListNotebookInstances\",\"response\":%s}";

  @Inject EmbeddedServer server;

  private Http http;

  @BeforeEach
  void client() {
    http = new Http(server.getURI());
  }

  @Test
  void withinTheLimitsAnEvaluationRuns() {
    HttpResponse<String> ok =
        http.postJson("/api/v1/evaluations", body(3, "{\"NotebookInstances\":[]}", ""));
    assertEquals(200, ok.statusCode(), ok.body());
  }

  @Test
  void tooManyResponses() throws IOException {
    assertLimit(
        http.postJson("/api/v1/evaluations", body(4, "{\"NotebookInstances\":[]}", "")),
        "responses: 4 items, more than the limit of 3 (assay.limits.max-responses)");
  }

  @Test
  void tooManyManualEvidenceItems() throws IOException {
    String item = "{\"controlId\":\"STARTER-PRI-02\",\"providedAt\":\"2026-11-01T00:00:00Z\"}";
    String evidence =
        ",\"manualEvidence\":[" + String.join(",", Collections.nCopies(3, item)) + "]";
    assertLimit(
        http.postJson("/api/v1/evaluations", body(1, "{\"NotebookInstances\":[]}", evidence)),
        "manualEvidence: 3 items, more than the limit of 2 (assay.limits.max-manual-evidence)");
  }

  @Test
  void aStringTooLong() throws IOException {
    String response = "{\"NextToken\":\"" + "x".repeat(201) + "\"}";
    assertLimit(
        http.postJson("/api/v1/evaluations", body(1, response, "")),
        "longer than the limit of 200 characters");
    assertLimit(
        http.postJson("/api/v1/evaluations", body(1, response, "")),
        "(assay.limits.max-string-length)");
  }

  @Test
  void nestingTooDeep() throws IOException {
    String deep = "[".repeat(10) + "]".repeat(10);
    String response = "{\"NotebookInstances\":" + deep + "}";
    assertLimit(
        http.postJson("/api/v1/evaluations", body(1, response, "")),
        "nests deeper than the limit of 8 levels");
  }

  @Test
  void tooManyCandidateFiles() throws IOException {
    assertLimit(
        http.postJson(
            "/api/v1/rules/validate",
            "{\"files\":{\"a.drl\":\"\",\"b.drl\":\"\"},\"frameworks\":{\"c.yaml\":\"\"}}"),
        "files and frameworks: 3 items, more than the limit of 2"
            + " (assay.limits.max-candidate-files)");
  }

  @Test
  void aFrameworkWithAJavaTagIsRefusedWithAClearMessage() throws IOException {
    String yaml = "id: evil\\nname: !!java.net.URL [\\\"http://example.com\\\"]\\n";
    HttpResponse<String> response =
        http.postJson(
            "/api/v1/rules/validate", "{\"frameworks\":{\"evil.yaml\":\"" + yaml + "\"}}");
    assertEquals(200, response.statusCode(), response.body());
    JsonNode result = JSON.readTree(response.body());
    assertFalse(result.get("valid").asBoolean(), response.body());
    assertTrue(response.body().contains("the tag !!java.net.URL is refused"), response.body());
  }

  @Test
  void aRuleFileThatExitsIsRefusedWithFileAndLine() throws IOException {
    String drl = "package dev.assay.rules.secure;\\n\\nfunction void stop() { System.exit(1); }\\n";
    HttpResponse<String> response =
        http.postJson("/api/v1/rules/validate", "{\"files\":{\"secure.drl\":\"" + drl + "\"}}");
    assertEquals(200, response.statusCode(), response.body());
    assertFalse(JSON.readTree(response.body()).get("valid").asBoolean(), response.body());
    assertTrue(
        response.body().contains("secure.drl:3: System is not allowed in rules"), response.body());
  }

  static String body(int calls, String response, String extra) {
    String call = CALL.formatted(response);
    return "{\"framework\":\"genai-starter\",\"responses\":["
        + String.join(",", Collections.nCopies(calls, call))
        + "]"
        + extra
        + "}";
  }

  static void assertLimit(HttpResponse<String> response, String detail) throws IOException {
    assertEquals(413, response.statusCode(), response.body());
    assertEquals("application/problem+json", Http.contentType(response));
    JsonNode problem = JSON.readTree(response.body());
    assertEquals("urn:assay:problem:limit-exceeded", problem.get("type").asText());
    assertTrue(problem.get("detail").asText().contains(detail), response.body());
  }
}
