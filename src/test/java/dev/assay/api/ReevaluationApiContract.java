package dev.assay.api;

import static dev.assay.api.InlineCalls.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.assessment.ReevaluationEngines;
import dev.assay.assessment.Reevaluations;
import dev.assay.assessment.store.StoreDatabase;
import dev.assay.testing.NotebookSnapshot;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Re-evaluation jobs over real HTTP, on copies of rules/ and frameworks/ that the tests edit and
 * reload: a job after a rule change stores runs with the new versions and the dry run's diff, a
 * failing assessment and resume, 409 and validation problems, metrics, and a renamed control's
 * history. In order, on one server; subclasses give the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ReevaluationApiContract {

  static final String JOBS = "/api/v1/reevaluations";

  @Inject EmbeddedServer server;
  @Inject Reevaluations jobs;
  @Inject StoreDatabase database;

  Path dir;
  Path snapshot;
  Http http;

  /** The rules and frameworks copies the server serves, and reload over them. */
  Map<String, String> properties() {
    try {
      dir = Files.createTempDirectory("assay-reevaluation-api-");
      ReevaluationEngines.copy(Path.of("rules"), dir.resolve("rules"));
      ReevaluationEngines.copy(Path.of("frameworks"), dir.resolve("frameworks"));
      snapshot = NotebookSnapshot.write(dir.resolve("snapshot"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> p = new HashMap<>();
    p.put("assay.rules-dir", dir.resolve("rules").toString());
    p.put("assay.frameworks-dir", dir.resolve("frameworks").toString());
    p.put("assay.reload.enabled", "true");
    p.put("assay.reload.debounce", "100ms");
    return p;
  }

  @BeforeEach
  void client() {
    http = new Http(server.getURI());
  }

  @Test
  @Order(1)
  void aJobAfterARuleChangeStoresRunsWithTheNewVersionsAndTheDryRunsDiff() throws Exception {
    String a = assessedOnce("a");
    String b = assessedOnce("b");
    String firstRun = runs(a).get(0).get("id").asText();
    String before = json(http.get("/api/v1/rules")).get("version").asText();
    ObjectNode preview = JSON.createObjectNode().put("dryRun", true);
    preview.putArray("assessments").add(a).add(b);
    String secure = Files.readString(dir.resolve("rules/secure.drl"));
    preview
        .putObject("rules")
        .put(
            "secure.drl",
            secure.replace(ReevaluationEngines.CONDITION, ReevaluationEngines.INVERTED));
    JsonNode dryRun = post(JOBS, preview.toString(), 200);

    ReevaluationEngines.invertRule(dir.resolve("rules"));
    reload(200);
    String after = json(http.get("/api/v1/rules")).get("version").asText();
    assertNotEquals(before, after);

    HttpResponse<String> started =
        http.postJson(JOBS, "{\"assessments\": [\"" + a + "\", \"" + b + "\"]}");
    assertEquals(202, started.statusCode(), started.body());
    String id = json(started).get("id").asText();
    assertEquals(JOBS + "/" + id, started.headers().firstValue("Location").orElse(""));
    JsonNode job = await(id);

    assertEquals("SUCCEEDED", job.get("state").asText(), job.toString());
    assertEquals(2, job.get("progress").get("total").asInt());
    assertEquals(2, job.get("progress").get("done").asInt());
    assertEquals(4, job.get("progress").get("changedFindings").asInt());
    assertEquals(after, job.get("ruleBaseVersion").asText());
    assertEquals(findingChanges(dryRun), findingChanges(job.get("result")));
    assertEquals(4, job.get("result").get("counts").get("findings").asInt());
    JsonNode rerun = runs(a).get(0);
    assertEquals("REEVALUATION", rerun.get("trigger").asText());
    assertEquals(after, rerun.get("ruleBaseVersion").asText());
    assertEquals(id, rerun.get("reevaluationJobId").asText());
    assertEquals(firstRun, rerun.get("evidenceRunId").asText());

    JsonNode list = json(http.get(JOBS)).get("reevaluations");
    JsonNode listed =
        StreamSupport.stream(list.spliterator(), false)
            .filter(j -> j.get("id").asText().equals(id))
            .findFirst()
            .orElseThrow(() -> new AssertionError(list.toString()));
    assertFalse(listed.has("items"), listed.toString());
    JsonNode metrics = json(http.get("/api/v1/metrics"));
    assertTrue(
        metrics.get("reload").get("assay_reload_taken_total").asLong() >= 1, metrics.toString());
    JsonNode counted = metrics.get("reevaluation");
    assertTrue(counted.get("assay_reevaluation_jobs_succeeded_total").asLong() >= 1);
    assertTrue(counted.get("assay_reevaluation_assessments_reevaluated_total").asLong() >= 2);
  }

  @Test
  @Order(2)
  void aFailingAssessmentFailsTheJobPartiallyAndResumeRetriesOnlyIt() throws Exception {
    String broken = assessedOnce("broken");
    String fine = assessedOnce("fine");
    sql("UPDATE assessment SET framework_id = 'retired' WHERE id = '" + broken + "'");
    String body = "{\"dryRun\": false, \"assessments\": [\"" + broken + "\", \"" + fine + "\"]}";
    String id = json(http.postJson(JOBS, body)).get("id").asText();
    JsonNode failed = await(id);
    assertEquals("FAILED", failed.get("state").asText(), failed.toString());
    assertEquals(1, failed.get("progress").get("failed").asInt());
    assertEquals(broken, failed.get("errors").get(0).get("assessmentId").asText());
    assertTrue(failed.get("errors").get(0).get("message").asText().contains("retired"));
    assertEquals("REEVALUATION", runs(fine).get(0).get("trigger").asText());

    sql("UPDATE assessment SET framework_id = 'genai-starter' WHERE id = '" + broken + "'");
    HttpResponse<String> resumed = http.postJson(JOBS + "/" + id + "/resume", "");
    assertEquals(202, resumed.statusCode(), resumed.body());
    JsonNode done = await(id);
    assertEquals("SUCCEEDED", done.get("state").asText(), done.toString());
    assertEquals(1, reevaluationRuns(fine));
    assertEquals(1, reevaluationRuns(broken));
    assertProblem(
        http.postJson(JOBS + "/" + id + "/resume", ""),
        409,
        "urn:assay:problem:reevaluation-finished");
  }

  @Test
  @Order(3)
  void aSecondJobWhileOneIsActiveIsAConflictAndCancelStopsIt() throws Exception {
    String id = assessedOnce("busy");
    String queued = jobs.create(List.of(id), "someone").id();
    JsonNode busy =
        assertProblem(http.postJson(JOBS, "{}"), 409, "urn:assay:problem:reevaluation-running");
    assertTrue(busy.get("detail").asText().contains(queued), busy.toString());

    HttpResponse<String> cancelled = http.postJson(JOBS + "/" + queued + "/cancel", "");
    assertEquals(200, cancelled.statusCode(), cancelled.body());
    assertEquals("CANCELLED", json(cancelled).get("state").asText());
    assertEquals(0, json(cancelled).get("progress").get("done").asInt());
    assertProblem(
        http.postJson(JOBS + "/" + queued + "/cancel", ""),
        409,
        "urn:assay:problem:reevaluation-finished");
  }

  @Test
  @Order(4)
  void badRequestsAreProblems() throws Exception {
    assertProblem(
        http.postJson(JOBS, "{\"dryRun\": \"yes\"}"), 422, "urn:assay:problem:invalid-request");
    assertProblem(
        http.postJson(JOBS, "{\"assessments\": \"x\"}"), 422, "urn:assay:problem:invalid-request");
    JsonNode candidate =
        assertProblem(
            http.postJson(JOBS, "{\"rules\": {\"secure.drl\": \"x\"}}"),
            422,
            "urn:assay:problem:invalid-request");
    assertTrue(candidate.get("detail").asText().contains("dryRun"), candidate.toString());
    assertProblem(
        http.postJson(JOBS, "{\"sometimes\": 1}"), 422, "urn:assay:problem:invalid-request");
    assertProblem(http.postJson(JOBS, "{"), 400, "urn:assay:problem:malformed-json");
    assertProblem(
        http.postJson(JOBS, "{\"assessments\": [\"no-such-assessment\"]}"),
        404,
        "urn:assay:problem:unknown-assessment");
    assertProblem(http.get(JOBS + "/no-such-job"), 404, "urn:assay:problem:unknown-reevaluation");
    assertProblem(
        http.postJson(JOBS + "/no-such-job/cancel", ""),
        404,
        "urn:assay:problem:unknown-reevaluation");
  }

  @Test
  @Order(6)
  void aRenamedControlKeepsItsHistoryAcrossTheRename() throws Exception {
    String id = assessedOnce("renamed");
    ReevaluationEngines.renameControl(dir.resolve("frameworks"));
    reload(200);
    String job =
        json(http.postJson(JOBS, "{\"assessments\": [\"" + id + "\"]}")).get("id").asText();
    JsonNode done = await(job);
    assertEquals("SUCCEEDED", done.get("state").asText(), done.toString());
    assertEquals(0, done.get("result").get("changes").size(), done.toString());

    String base = "/api/v1/assessments/" + id + "/controls/";
    JsonNode history = json(http.get(base + ReevaluationEngines.NEW_ID + "/history"));
    assertEquals(ReevaluationEngines.NEW_ID, history.get("controlId").asText());
    assertEquals("[\"" + ReevaluationEngines.OLD_ID + "\"]", history.get("formerIds").toString());
    JsonNode runs = history.get("runs");
    assertEquals(2, runs.size(), history.toString());
    assertEquals(ReevaluationEngines.OLD_ID, runs.get(0).get("recordedAs").asText());
    assertEquals(ReevaluationEngines.NEW_ID, runs.get(1).get("recordedAs").asText());
    assertEquals(runs.get(0).get("status"), runs.get(1).get("status"));
    assertEquals(history, json(http.get(base + ReevaluationEngines.OLD_ID + "/history")));
    assertProblem(http.get(base + "NO-SUCH-1/history"), 404, "urn:assay:problem:unknown-control");
  }

  String assessedOnce(String name) throws IOException {
    String create =
        """
        {"name": "%s", "framework": "genai-starter", "accounts": ["111111111111"],
         "regions": ["us-east-1"], "owners": ["alice@example.com"], "snapshotDir": "%s"}"""
            .formatted(name, snapshot);
    HttpResponse<String> created = http.postJson("/api/v1/assessments", create);
    assertEquals(201, created.statusCode(), created.body());
    String id = json(created).get("id").asText();
    HttpResponse<String> run = http.postJson("/api/v1/assessments/" + id + "/runs", "{}");
    assertEquals(201, run.statusCode(), run.body());
    return id;
  }

  List<JsonNode> runs(String id) throws IOException {
    JsonNode body = json(http.get("/api/v1/assessments/" + id + "/runs"));
    JsonNode runs = body.isArray() ? body : body.get("runs");
    return StreamSupport.stream(runs.spliterator(), false).toList();
  }

  long reevaluationRuns(String id) throws IOException {
    return runs(id).stream().filter(r -> r.get("trigger").asText().equals("REEVALUATION")).count();
  }

  JsonNode await(String id) throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (true) {
      HttpResponse<String> response = http.get(JOBS + "/" + id);
      assertEquals(200, response.statusCode(), response.body());
      JsonNode job = json(response);
      String state = job.get("state").asText();
      if (!state.equals("QUEUED") && !state.equals("RUNNING") || System.nanoTime() > deadline) {
        return job;
      }
      Thread.sleep(50);
    }
  }

  void reload(int status) {
    HttpResponse<String> response = http.postJson("/api/v1/rules/reload", "");
    assertEquals(status, response.statusCode(), response.body());
  }

  long rejected() throws IOException {
    return json(http.get("/api/v1/metrics"))
        .get("reload")
        .get("assay_reload_rejected_total")
        .asLong();
  }

  void sql(String statement) throws SQLException {
    // A connection of the test's own from the pool, committed at once for the server to see.
    try (Connection c = database.dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(statement);
    }
  }

  JsonNode post(String path, String body, int status) throws IOException {
    HttpResponse<String> response = http.postJson(path, body);
    assertEquals(status, response.statusCode(), response.body());
    return json(response);
  }

  static JsonNode assertProblem(HttpResponse<String> response, int status, String type)
      throws IOException {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(Http.contentType(response).startsWith("application/problem+json"), response.body());
    JsonNode problem = json(response);
    assertEquals(type, problem.get("type").asText(), response.body());
    return problem;
  }

  static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }

  static List<String> findingChanges(JsonNode diff) {
    return StreamSupport.stream(diff.get("changes").spliterator(), false)
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
        .sorted()
        .toList();
  }
}
