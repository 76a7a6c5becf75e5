package dev.assay.api;

import static dev.assay.api.InlineCalls.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every error is {@code application/problem+json} with a detail that says what to fix: 400 for a
 * body that is not JSON, 422 for JSON that is not a valid request, 404, 405, 413 and 415 as HTTP
 * means them, and never a 500 for bad input.
 */
@MicronautTest
class ProblemApiTest {

  private static final String EVALUATIONS = "/api/v1/evaluations";
  private static final String VALID_CALL =
      "{\"accountId\":\"111111111111\",\"region\":\"us-east-1\",\"service\":\"sagemaker\","
          + "\"operation\":\"ListNotebookInstances\",\"response\":{\"NotebookInstances\":[]}}";

  @Inject EmbeddedServer server;

  private Http http;

  @BeforeEach
  void client() {
    http = new Http(server.getURI());
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          {"responses": [                     | malformed JSON at line 1, column
          {"responses": []} trailing          | malformed JSON at line 1
          {"at": "x", "at": "y"}              | Duplicate field 'at'
          '   '                               | the body is blank
          """)
  void bodyThatIsNotJsonIs400(String body, String detail) throws IOException {
    assertProblem(
        http.postJson(EVALUATIONS, body), 400, "urn:assay:problem:malformed-json", detail);
  }

  @Test
  void aDuplicateKeyDeepInARecordedResponseIs400NamingTheKey() throws IOException {
    HttpResponse<String> response =
        http.postJson(
            EVALUATIONS,
            "{\"responses\": [{\"response\": {\"Items\": [{\"Name\": \"a\", \"Name\": \"b\"}]}}]}");
    assertProblem(response, 400, "urn:assay:problem:malformed-json", "malformed JSON at line 1");
    String detail = JSON.readTree(response.body()).path("detail").asText();
    assertTrue(detail.endsWith(": Duplicate field 'Name'"), detail);
  }

  @Test
  void emptyBodyIs400() throws IOException {
    assertProblem(
        http.post(EVALUATIONS, "application/json", BodyPublishers.noBody()),
        400,
        "urn:assay:problem:malformed-json",
        "the body is empty");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          []                                             | the body must be a JSON object with "responses", not an array
          {}                                             | responses: at least one recorded call is required
          {"responses": []}                              | responses: at least one recorded call is required
          {"responses": {}}                              | "responses" must be an array of recorded calls, not an object
          {"responses": [42]}                            | responses[0]: must be an object, not a number
          {"responses": [{"accountId": 111111111111}]}   | responses[0].accountId: must be a string, not a number
          {"responses": [{"region": "us-east-1"}]}       | responses[0]: "accountId" is required
          {"responses": [{"accountId": "12"}]}           | responses[0]: "accountId" is not valid: 12
          {"responses": [{}, {"acountId": "1"}]}         | responses[1].acountId: unknown field; expected accountId, error, operation, region, request, response, service, suffix
          {"responses": [{}, {"suffix": ["a"]}]}         | responses[1].suffix: must be a string, not an array
          {"framwork": "genai-starter"}                  | framwork: unknown field; expected at, framework, manualEvidence, responses
          {"framework": 7, "responses": []}              | framework: must be a string, not a number
          {"at": "yesterday", "responses": []}           | at: must be an ISO-8601 instant
          """)
  void jsonThatIsNotAValidRequestIs422(String body, String detail) throws IOException {
    assertProblem(
        http.postJson(EVALUATIONS, body), 422, "urn:assay:problem:invalid-request", detail);
  }

  @Test
  void badEnvelopesAre422() throws IOException {
    String both = VALID_CALL.replace("}}", "},\"error\":{\"Code\":\"AccessDenied\"}}");
    assertProblem(
        http.postJson(EVALUATIONS, "{\"responses\": [" + both + "]}"),
        422,
        "urn:assay:problem:invalid-request",
        "responses[0]: exactly one of \"response\" or \"error\" is required");
    String badRegion = VALID_CALL.replace("us-east-1", "Mars");
    assertProblem(
        http.postJson(EVALUATIONS, "{\"responses\": [" + badRegion + "]}"),
        422,
        "urn:assay:problem:invalid-request",
        "responses[0]: \"region\" is not valid: Mars");
    String errorWithoutCode =
        VALID_CALL.replace("\"response\":{\"NotebookInstances\":[]}", "\"error\":{}");
    assertProblem(
        http.postJson(EVALUATIONS, "{\"responses\": [" + errorWithoutCode + "]}"),
        422,
        "urn:assay:problem:invalid-request",
        "\"error\" must be an object with a string \"Code\"");
  }

  @Test
  void unknownFrameworkIs404() throws IOException {
    String body = "{\"framework\": \"no-such-framework\", \"responses\": [" + VALID_CALL + "]}";
    assertProblem(
        http.postJson(EVALUATIONS, body),
        404,
        "urn:assay:problem:unknown-framework",
        "unknown framework no-such-framework; known: genai-best-practices-v2, genai-starter");
  }

  @Test
  void unknownRouteIs404() throws IOException {
    assertProblem(
        http.get("/api/v1/nothing-here"),
        404,
        "about:blank",
        "No resource at /api/v1/nothing-here");
  }

  @Test
  void unknownRouteIsProblemJsonEvenForBrowsers() throws IOException {
    HttpResponse<String> response =
        http.send(http.request("/nope").header("Accept", "text/html").GET().build());
    assertProblem(response, 404, "about:blank", "No resource at /nope");
  }

  @Test
  void wrongMethodIs405() throws IOException {
    HttpResponse<String> response = http.get(EVALUATIONS);
    assertProblem(response, 405, "about:blank", "Method [GET] not allowed");
    assertEquals("POST", response.headers().firstValue("Allow").orElse(""));
  }

  @Test
  void unsupportedMediaTypeIs415() throws IOException {
    assertProblem(
        http.post(EVALUATIONS, "text/plain", BodyPublishers.ofString(VALID_CALL)),
        415,
        "about:blank",
        "Content Type [text/plain] not allowed");
  }

  @Test
  void bodyOverTheLimitIs413() throws IOException {
    byte[] body = new byte[10 * 1024 * 1024 + 1];
    Arrays.fill(body, (byte) ' ');
    assertProblem(
        http.post(EVALUATIONS, "application/json", BodyPublishers.ofByteArray(body)),
        413,
        "urn:assay:problem:limit-exceeded",
        "larger than the limit of 10485760 bytes for a body read whole"
            + " (micronaut.server.max-request-buffer-size)");
  }

  @Test
  void chunkedBodyOverTheLimitIs413() throws IOException {
    byte[] body = new byte[10 * 1024 * 1024 + 1];
    Arrays.fill(body, (byte) ' ');
    // An input stream publisher has no length, so the client sends the body chunked.
    assertProblem(
        http.post(
            EVALUATIONS,
            "application/json",
            BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))),
        413,
        "urn:assay:problem:limit-exceeded",
        "larger than the limit of 10485760 bytes for a body read whole"
            + " (micronaut.server.max-request-buffer-size)");
  }

  private static void assertProblem(
      HttpResponse<String> response, int status, String type, String detail) throws IOException {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals("application/problem+json", Http.contentType(response));
    JsonNode problem = JSON.readTree(response.body());
    assertEquals(type, problem.path("type").asText(), response.body());
    assertEquals(status, problem.path("status").asInt(), response.body());
    assertTrue(!problem.path("title").asText().isBlank(), response.body());
    assertTrue(
        problem.path("detail").asText().contains(detail),
        "detail should contain <" + detail + ">: " + response.body());
    assertTrue(problem.path("instance").asText().startsWith("/"), response.body());
  }
}
