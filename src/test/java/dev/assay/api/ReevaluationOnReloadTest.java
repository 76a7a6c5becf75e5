package dev.assay.api;

import static dev.assay.api.ReevaluationApiContract.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.assessment.ReevaluationEngines;
import dev.assay.testing.NotebookSnapshot;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code assay.reevaluation.on-reload}: a rule change going live starts a job over every active
 * assessment by itself, which stores the runs with the new rule base.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReevaluationOnReloadTest implements TestPropertyProvider {

  @Inject EmbeddedServer server;

  private Path dir;

  @Override
  public Map<String, String> getProperties() {
    try {
      dir = Files.createTempDirectory("assay-reevaluation-on-reload-");
      ReevaluationEngines.copy(Path.of("rules"), dir.resolve("rules"));
      ReevaluationEngines.copy(Path.of("frameworks"), dir.resolve("frameworks"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of(
        "assay.rules-dir", dir.resolve("rules").toString(),
        "assay.frameworks-dir", dir.resolve("frameworks").toString(),
        "assay.reload.enabled", "true",
        "assay.reload.debounce", "100ms",
        "assay.reevaluation.on-reload", "true");
  }

  @Test
  void aRuleChangeGoingLiveStartsAJobByItself() throws Exception {
    Http http = new Http(server.getURI());
    Path snapshot = NotebookSnapshot.write(dir.resolve("snapshot"));
    String create =
        """
        {"name": "on reload", "framework": "genai-starter", "accounts": ["111111111111"],
         "regions": ["us-east-1"], "owners": ["alice@example.com"], "snapshotDir": "%s"}"""
            .formatted(snapshot);
    String id = json(http.postJson("/api/v1/assessments", create)).get("id").asText();
    HttpResponse<String> run = http.postJson("/api/v1/assessments/" + id + "/runs", "{}");
    assertEquals(201, run.statusCode(), run.body());

    ReevaluationEngines.invertRule(dir.resolve("rules"));
    JsonNode job = finishedJob(http);

    assertNotNull(job, "no job started after the rule change went live");
    assertEquals("SUCCEEDED", job.get("state").asText(), job.toString());
    assertEquals("assay-reload", job.get("requestedBy").asText());
    assertEquals(2, job.get("progress").get("changedFindings").asInt(), job.toString());
    String serving = json(http.get("/api/v1/rules")).get("version").asText();
    assertEquals(serving, job.get("ruleBaseVersion").asText());
    JsonNode runs = json(http.get("/api/v1/assessments/" + id + "/runs"));
    JsonNode latest = (runs.isArray() ? runs : runs.get("runs")).get(0);
    assertEquals("REEVALUATION", latest.get("trigger").asText());
    assertEquals(serving, latest.get("ruleBaseVersion").asText());
  }

  private static JsonNode finishedJob(Http http) throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      JsonNode list = json(http.get("/api/v1/reevaluations")).get("reevaluations");
      if (list.size() > 0) {
        String state = list.get(0).get("state").asText();
        if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
          return json(http.get("/api/v1/reevaluations/" + list.get(0).get("id").asText()));
        }
      }
      Thread.sleep(100);
    }
    return null;
  }
}
