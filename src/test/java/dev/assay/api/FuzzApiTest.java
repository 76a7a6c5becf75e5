package dev.assay.api;

import static dev.assay.api.InlineCalls.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.fuzz.Fuzz;
import dev.assay.fuzz.Mutator;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Malformed requests over real HTTP: evaluation bodies, assessment bodies, evidence uploads, and
 * candidate frameworks and rule files for validation. No answer is a 5xx, every refusal is a
 * problem, nothing half-made is stored (counts grow by the requests that were accepted, and only by
 * those), and afterwards the service still answers /health and a good evaluation.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FuzzApiTest {

  static final String ASSESSMENTS = "/api/v1/assessments";

  @Inject EmbeddedServer server;

  Http http;
  ObjectNode goodEvaluation;
  int answered;

  @BeforeAll
  void seeds() throws IOException {
    ArrayNode calls = InlineCalls.fromSnapshot(Path.of("examples/snapshot"));
    ArrayNode some = JSON.createArrayNode();
    for (int i = 0; i < calls.size(); i += 25) {
      some.add(calls.get(i));
    }
    goodEvaluation = JSON.createObjectNode();
    goodEvaluation.put("framework", "genai-starter").put("at", "2026-11-20T00:00:00Z");
    goodEvaluation.set("responses", some);
    goodEvaluation
        .putArray("manualEvidence")
        .addObject()
        .put("controlId", "STARTER-PRI-02")
        .put("providedAt", "2026-11-01T09:00:00Z")
        .put("text", "Procedure DP-7");
  }

  @BeforeEach
  void client() {
    http = new Http(server.getURI());
  }

  @AfterEach
  void stillServing() {
    assertEquals(200, http.get("/health").statusCode(), "the service still answers /health");
    HttpResponse<String> good = http.postJson("/api/v1/evaluations", goodEvaluation.toString());
    assertEquals(200, good.statusCode(), "a good evaluation still runs: " + good.body());
  }

  @Test
  void malformedEvaluationBodies() {
    Mutator mutator = new Mutator(Fuzz.random("evaluations"));
    for (int i = 0; i < Fuzz.cases(0.3); i++) {
      byte[] body = mutator.json(goodEvaluation);
      String type = mutator.random().nextInt(20) == 0 ? "text/plain" : "application/json";
      assertAnswered(
          http.post("/api/v1/evaluations", type, BodyPublishers.ofByteArray(body)), i, body);
    }
  }

  /** What the fuzzing found once (each was a 500), kept as plain cases. */
  @Test
  void foundByFuzzing() throws IOException {
    int before = assessments();
    HttpResponse<String> number = http.postJson(ASSESSMENTS, "3.0627946052867574E299");
    assertEquals(400, number.statusCode(), number.body());
    assertTrue(number.body().contains("not a bare value"), number.body());
    HttpResponse<String> nullOwner =
        http.postJson(
            ASSESSMENTS,
            "{\"name\": \"n\", \"accounts\": [\"111111111111\"], \"regions\": [\"us-east-1\"],"
                + " \"owners\": [null]}");
    assertEquals(422, nullOwner.statusCode(), nullOwner.body());
    assertTrue(nullOwner.body().contains("owners must not contain null"), nullOwner.body());
    assertEquals(before, assessments());
  }

  @Test
  void malformedAssessmentsAndUploadsStoreNothingPartial() throws IOException {
    Mutator mutator = new Mutator(Fuzz.random("assessments"));
    JsonNode create =
        Mutator.parse(
            "{\"name\": \"fuzz\", \"framework\": \"genai-starter\", \"accounts\":"
                + " [\"111111111111\"], \"regions\": [\"us-east-1\"], \"owners\": [\"a@b.c\"],"
                + " \"tags\": {\"k\": \"v\"}, \"snapshotDir\": \"examples/snapshot\"}");
    int before = assessments();
    int created = 0;
    for (int i = 0; i < Fuzz.cases(0.05); i++) {
      byte[] body = mutator.json(create);
      HttpResponse<String> r =
          http.post(ASSESSMENTS, "application/json", BodyPublishers.ofByteArray(body));
      assertAnswered(r, i, body);
      created += r.statusCode() == 201 ? 1 : 0;
    }
    assertEquals(before + created, assessments(), "only accepted assessments were stored");

    HttpResponse<String> made = http.postJson(ASSESSMENTS, create.toString());
    String id = JSON.readTree(made.body()).get("id").asText();
    long evidence = evidence(id);
    int uploaded = 0;
    Random random = mutator.random();
    String[] types = {"application/pdf", "text/plain", "text/html", "image/png", "", "a/b/c"};
    String[] names = {"a.pdf", "../x.txt", "CON", "\u0000.txt", "", "x".repeat(2000), "r.exe"};
    String[] controls = {"STARTER-PRI-02", "NO-SUCH", "STARTER-PRI-02/../x", "%00"};
    for (int i = 0; i < Fuzz.cases(0.05); i++) {
      byte[] content = mutator.bytes("%PDF-1.7 evidence\n".getBytes(StandardCharsets.UTF_8));
      String path =
          ASSESSMENTS
              + "/"
              + (random.nextInt(10) == 0 ? "no-such-id" : id)
              + "/controls/"
              + URLEncoder.encode(controls[random.nextInt(controls.length)], StandardCharsets.UTF_8)
              + "/evidence/file?name="
              + URLEncoder.encode(names[random.nextInt(names.length)], StandardCharsets.UTF_8);
      String type = types[random.nextInt(types.length)];
      var request = http.request(path).POST(BodyPublishers.ofByteArray(content));
      if (!type.isEmpty()) {
        request.header("Content-Type", type);
      }
      HttpResponse<String> r = http.send(request.build());
      assertAnswered(r, i, content);
      uploaded += r.statusCode() == 201 ? 1 : 0;
    }
    assertEquals(evidence + uploaded, evidence(id), "only accepted uploads were chained");
    assertTrue(
        JSON.readTree(http.get(ASSESSMENTS + "/" + id + "/evidence/verify").body())
            .get("valid")
            .asBoolean());
  }

  /**
   * A few only: each validation compiles the whole rule base (seconds). The loaders themselves get
   * the bulk of the malformed files (FrameworkFuzzTest, DrlFuzzTest).
   */
  @Test
  void malformedFrameworksAndRulesThroughValidate() throws IOException {
    Mutator mutator = new Mutator(Fuzz.random("validate"));
    String framework = Files.readString(Path.of("frameworks/genai-starter.yaml"));
    String drl = Files.readString(Path.of("rules/secure.drl"));
    for (int i = 0; i < 2; i++) {
      ObjectNode body = JSON.createObjectNode();
      if (i == 0) {
        body.putObject("files").put("secure.drl", mutator.drl(drl));
      } else {
        body.putObject("frameworks").put("genai-starter.yaml", mutator.yaml(framework));
      }
      byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
      assertAnswered(http.postJson("/api/v1/rules/validate", body.toString()), i, bytes);
    }
  }

  private void assertAnswered(HttpResponse<String> r, int i, byte[] body) {
    String input = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
    assertTrue(
        r.statusCode() < 500,
        "case "
            + i
            + " (seed "
            + Fuzz.SEED
            + "): "
            + r.statusCode()
            + " "
            + r.body()
            + " for "
            + input);
    if (r.statusCode() >= 400) {
      assertEquals("application/problem+json", Http.contentType(r), "case " + i + ": " + r.body());
    }
    answered++;
  }

  private int assessments() throws IOException {
    HttpResponse<String> list = http.get(ASSESSMENTS);
    assertEquals(200, list.statusCode(), list.body());
    // Micronaut leaves empty lists out: {} is no assessments.
    return JSON.readTree(list.body()).path("assessments").size();
  }

  private long evidence(String id) throws IOException {
    return JSON.readTree(http.get(ASSESSMENTS + "/" + id).body())
        .get("assessment")
        .get("evidenceCount")
        .asLong();
  }
}
