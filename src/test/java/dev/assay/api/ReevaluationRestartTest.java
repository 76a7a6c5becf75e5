package dev.assay.api;

import static dev.assay.api.ReevaluationApiContract.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.assessment.Reevaluations;
import dev.assay.assessment.TestDatabase;
import dev.assay.testing.NotebookSnapshot;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A job interrupted by a restart: the first service stops after one of three assessments (the job
 * is left RUNNING in the database), a new service on the same database resumes it at startup with
 * the two not done, and no assessment is re-evaluated twice. On H2 and PostgreSQL.
 */
class ReevaluationRestartTest {

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aJobInterruptedByARestartResumesAtStartup(TestDatabase.Kind kind) throws Exception {
    String name = "assay_restart_" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> properties =
        Map.of("datasources.default.url", TestDatabase.url(kind, name));
    Path snapshot = NotebookSnapshot.write(temp.resolve("snapshot"));
    List<String> ids = new ArrayList<>();
    String job;
    try {
      try (EmbeddedServer first =
          ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
        Http http = new Http(first.getURI());
        for (String assessment : List.of("r1", "r2", "r3")) {
          ids.add(assessedOnce(http, assessment, snapshot));
        }
        Reevaluations jobs = first.getApplicationContext().getBean(Reevaluations.class);
        job = jobs.create(ids, "carol").id();
        // The service stops after the first assessment: the job stays RUNNING.
        assertEquals("RUNNING", jobs.run(job, 1).state());
      }

      try (EmbeddedServer second =
          ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
        Http http = new Http(second.getURI());
        JsonNode done = await(http, job);
        assertEquals("SUCCEEDED", done.get("state").asText(), done.toString());
        assertEquals(3, done.get("progress").get("done").asInt());
        for (String id : ids) {
          long reevaluations =
              count(json(http.get("/api/v1/assessments/" + id + "/runs")), "REEVALUATION");
          assertEquals(1, reevaluations, id);
        }
      }
    } finally {
      TestDatabase.drop(kind, name);
    }
  }

  private static String assessedOnce(Http http, String name, Path snapshot) throws Exception {
    String create =
        """
        {"name": "%s", "framework": "genai-starter", "accounts": ["111111111111"],
         "regions": ["us-east-1"], "owners": ["alice@example.com"], "snapshotDir": "%s"}"""
            .formatted(name, snapshot);
    HttpResponse<String> created = http.postJson("/api/v1/assessments", create);
    assertEquals(201, created.statusCode(), created.body());
    String id = json(created).get("id").asText();
    assertEquals(201, http.postJson("/api/v1/assessments/" + id + "/runs", "{}").statusCode());
    return id;
  }

  private static long count(JsonNode body, String trigger) {
    JsonNode runs = body.isArray() ? body : body.get("runs");
    long n = 0;
    for (JsonNode run : runs) {
      n += run.get("trigger").asText().equals(trigger) ? 1 : 0;
    }
    return n;
  }

  private static JsonNode await(Http http, String id) throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (true) {
      JsonNode job = json(http.get("/api/v1/reevaluations/" + id));
      String state = job.get("state").asText();
      if (!state.equals("QUEUED") && !state.equals("RUNNING") || System.nanoTime() > deadline) {
        return job;
      }
      Thread.sleep(50);
    }
  }
}
