package dev.assay.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/v1/assessments} over real HTTP: the whole workflow and its problems. Subclasses run
 * it on H2 and on PostgreSQL.
 */
abstract class AssessmentApiContract {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String BASE = "/api/v1/assessments";
  static final String CREATE =
      """
      {"name": "GenAI prod", "description": "Quarterly", "framework": "genai-starter",
       "accounts": ["111111111111", "222222222222"], "regions": ["us-east-1", "eu-west-1"],
       "owners": ["alice@example.com"], "reportDestination": "s3://reports-bucket/assay",
       "tags": {"team": "ml"}, "snapshotDir": "examples/snapshot"}""";

  @Inject EmbeddedServer server;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(server.getURI());
  }

  String create() throws IOException {
    HttpResponse<String> created = http.postJson(BASE, CREATE);
    assertEquals(201, created.statusCode(), created.body());
    String id = json(created).get("id").asText();
    assertEquals(BASE + "/" + id, created.headers().firstValue("Location").orElse(""));
    return id;
  }

  @Test
  void createRunUploadVerifyAndFinish() throws IOException {
    String id = create();
    JsonNode created = json(http.get(BASE + "/" + id));
    assertEquals("ACTIVE", created.get("assessment").get("status").asText());
    assertEquals("genai-starter", created.get("assessment").get("frameworkId").asText());
    assertTrue(json(http.get(BASE)).get("assessments").toString().contains(id));

    HttpResponse<String> run = http.postJson(BASE + "/" + id + "/runs", "{}");
    assertEquals(201, run.statusCode(), run.body());
    assertEquals("SUCCEEDED", json(run).get("status").asText());
    JsonNode summary = json(http.get(BASE + "/" + id));
    assertEquals(json(run).get("id"), summary.get("lastRun").get("id"));
    assertTrue(summary.get("nonCompliantResources").size() > 0);
    assertTrue(summary.get("openTasks").asInt() > 0);
    JsonNode detail = json(http.get(BASE + "/" + id + "/runs/" + json(run).get("id").asText()));
    assertTrue(detail.get("findings").size() > 0);

    HttpResponse<String> text =
        http.postJson(
            BASE + "/" + id + "/controls/STARTER-PRI-02/evidence",
            "{\"text\": \"Procedure DP-7 covers disclosure.\"}");
    assertEquals(201, text.statusCode(), text.body());
    assertEquals("MANUAL_TEXT", json(text).get("type").asText());
    byte[] pdf = "%PDF-1.7 evidence".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> file =
        http.post(
            BASE + "/" + id + "/controls/STARTER-PRI-02/evidence/file?name=dp7.pdf",
            "application/octet-stream",
            BodyPublishers.ofByteArray(pdf));
    assertEquals(201, file.statusCode(), file.body());
    assertEquals(pdf.length, json(file).get("sizeBytes").asInt());
    String fileId = json(file).get("id").asText();
    HttpResponse<String> download = http.get(BASE + "/" + id + "/evidence/" + fileId + "/file");
    assertEquals("%PDF-1.7 evidence", download.body());

    HttpResponse<String> rerun = http.postJson(BASE + "/" + id + "/runs", "{}");
    assertEquals(201, rerun.statusCode(), rerun.body());
    JsonNode tasks = json(http.get(BASE + "/" + id + "/tasks")).get("tasks");
    boolean satisfied = false;
    for (JsonNode task : tasks) {
      if (task.get("controlId").asText().equals("STARTER-PRI-02")) {
        satisfied = task.get("status").asText().equals("SATISFIED");
      }
    }
    assertTrue(satisfied, tasks.toString());

    JsonNode verify = json(http.get(BASE + "/" + id + "/evidence/verify"));
    assertTrue(verify.get("valid").asBoolean(), verify.toString());
    JsonNode folders = json(http.get(BASE + "/" + id + "/evidence/folders")).get("folders");
    assertTrue(folders.size() > 1);
    JsonNode items = json(http.get(BASE + "/" + id + "/evidence?controlId=STARTER-SEC-01&limit=5"));
    assertEquals(5, items.get("evidence").size());
    String first = items.get("evidence").get(0).get("id").asText();
    JsonNode item = json(http.get(BASE + "/" + id + "/evidence/" + first));
    assertTrue(item.get("body").asText().contains("\"service\""));

    HttpResponse<String> done =
        http.send(
            http.request(BASE + "/" + id + "/status")
                .header("Content-Type", "application/json")
                .header("X-Assay-User", "alice")
                .PUT(BodyPublishers.ofString("{\"status\": \"INACTIVE\"}"))
                .build());
    assertEquals(200, done.statusCode(), done.body());
    assertProblem(
        http.postJson(
            BASE + "/" + id + "/controls/STARTER-PRI-02/evidence", "{\"text\": \"late\"}"),
        409,
        "urn:assay:problem:assessment-inactive");
    assertProblem(
        http.postJson(BASE + "/" + id + "/runs", "{}"),
        409,
        "urn:assay:problem:assessment-inactive");
    JsonNode log = json(http.get(BASE + "/" + id + "/changelog"));
    assertTrue(log.toString().contains("\"INACTIVE\""), log.toString());
  }

  @Test
  void controlsCanBeReviewedAndCommented() throws IOException {
    String id = create();
    HttpResponse<String> review =
        http.send(
            http.request(BASE + "/" + id + "/controls/STARTER-SEC-01/status")
                .header("Content-Type", "application/json")
                .header("X-Assay-User", "bob")
                .PUT(
                    BodyPublishers.ofString("{\"status\": \"REVIEWED\", \"comment\": \"checked\"}"))
                .build());
    assertEquals(200, review.statusCode(), review.body());
    assertEquals("REVIEWED", json(review).get("status").asText());
    HttpResponse<String> back =
        http.send(
            http.request(BASE + "/" + id + "/controls/STARTER-SEC-01/status")
                .header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString("{\"status\": \"UNDER_REVIEW\"}"))
                .build());
    assertProblem(back, 409, "urn:assay:problem:control-reviewed");
    HttpResponse<String> set =
        http.send(
            http.request(BASE + "/" + id + "/control-sets/secure/status")
                .header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString("{\"status\": \"UNDER_REVIEW\"}"))
                .build());
    assertProblem(set, 422, "urn:assay:problem:invalid-request");
    JsonNode sets = json(http.get(BASE + "/" + id + "/control-sets")).get("controlSets");
    assertEquals("ACTIVE", sets.get(0).get("status").asText());
    HttpResponse<String> comment =
        http.postJson(
            BASE + "/" + id + "/controls/STARTER-SEC-01/comments", "{\"body\": \"fine\"}");
    assertEquals(201, comment.statusCode(), comment.body());
    JsonNode control = json(http.get(BASE + "/" + id + "/controls/STARTER-SEC-01"));
    assertEquals(2, control.get("comments").size());
    assertEquals("bob", control.get("changeLog").get(0).get("createdBy").asText());
    assertProblem(
        http.postJson(
            BASE + "/" + id + "/controls/STARTER-SEC-01/comments",
            "{\"body\": \"" + "x".repeat(501) + "\"}"),
        422,
        "urn:assay:problem:invalid-request");
  }

  @Test
  void refusalsAreProblems() throws IOException {
    assertProblem(http.get(BASE + "/nope"), 404, "urn:assay:problem:unknown-assessment");
    assertProblem(
        http.postJson(
            BASE, "{\"name\": \"x\", \"accounts\": [\"1\"]," + " \"regions\": [\"us-east-1\"]}"),
        422,
        "urn:assay:problem:invalid-request");
    assertProblem(
        http.postJson(
            BASE,
            "{\"name\": \"x\", \"framework\": \"nope\","
                + " \"accounts\": [\"111111111111\"], \"regions\": [\"us-east-1\"]}"),
        422,
        "urn:assay:problem:unknown-framework");
    String id = create();
    assertProblem(
        http.get(BASE + "/" + id + "/controls/NOPE"), 404, "urn:assay:problem:unknown-control");
    assertProblem(
        http.get(BASE + "/" + id + "/evidence/nope"), 404, "urn:assay:problem:unknown-evidence");
    assertProblem(http.get(BASE + "/" + id + "/runs/nope"), 404, "urn:assay:problem:unknown-run");
    assertProblem(
        http.postJson(
            BASE + "/" + id + "/controls/STARTER-PRI-02/evidence",
            "{\"text\": \"" + "x".repeat(1001) + "\"}"),
        422,
        "urn:assay:problem:invalid-request");
    HttpResponse<String> badStatus =
        http.send(
            http.request(BASE + "/" + id + "/status")
                .header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString("{\"status\": \"DONE\"}"))
                .build());
    assertProblem(badStatus, 422, "urn:assay:problem:invalid-request");
    JsonNode verify = json(http.get(BASE + "/" + id + "/evidence/verify"));
    assertTrue(verify.get("valid").asBoolean());
    assertFalse(verify.has("problem") && !verify.get("problem").isNull());
  }

  static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }

  static void assertProblem(HttpResponse<String> response, int status, String type)
      throws IOException {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals("application/problem+json", Http.contentType(response));
    JsonNode problem = json(response);
    assertEquals(type, problem.get("type").asText(), response.body());
    assertEquals(status, problem.get("status").asInt());
    assertFalse(problem.get("detail").asText().isBlank());
  }
}
