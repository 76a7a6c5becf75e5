package dev.assay.api;

import static dev.assay.api.AssessmentApiContract.BASE;
import static dev.assay.api.AssessmentApiContract.CREATE;
import static dev.assay.api.AssessmentApiContract.JSON;
import static dev.assay.api.AssessmentApiContract.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.assessment.TestDatabase;
import dev.assay.assessment.store.StoreDatabase;
import dev.assay.report.ReportBuilds;
import dev.assay.report.ReportRequest;
import dev.assay.report.Reports;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A background report build cut off by a stop: the first service records the build BUILDING and
 * stops before it runs; a new service on the same database reads it FAILED (interrupted by restart)
 * and builds a new report. On H2 and PostgreSQL.
 */
class ReportBuildRestartTest {

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aBuildInterruptedByARestartIsFailedAtStartup(TestDatabase.Kind kind) throws Exception {
    String name = "assay_rbuild_" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> properties =
        Map.of("datasources.default.url", TestDatabase.url(kind, name));
    String id;
    String build;
    try {
      try (EmbeddedServer first =
          ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
        Http http = new Http(first.getURI());
        String body =
            CREATE.replace(
                "\"s3://reports-bucket/assay\"",
                JSON.writeValueAsString(temp.resolve("reports").toString()));
        HttpResponse<String> created = http.postJson(BASE, body);
        assertEquals(201, created.statusCode(), created.body());
        id = json(created).get("id").asText();
        var ctx = first.getApplicationContext();
        // The build is recorded, and the process stops before its worker picks it up.
        build =
            new ReportBuilds(
                    ctx.getBean(Reports.class),
                    ctx.getBean(StoreDatabase.class),
                    work -> {},
                    Clock.systemUTC())
                .start(id, ReportRequest.whole(), "alice")
                .id();
        assertEquals("BUILDING", status(http, id, build).get("status").asText());
      }

      try (EmbeddedServer second =
          ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
        Http http = new Http(second.getURI());
        JsonNode after = status(http, id, build);
        assertEquals("FAILED", after.get("status").asText(), after.toString());
        assertEquals("report-build-interrupted", after.get("errorCode").asText());
        assertEquals(ReportBuilds.INTERRUPTED, after.get("error").asText());
        assertEquals(
            409, http.get(BASE + "/" + id + "/reports/" + build + "/download").statusCode());
        // Building again works.
        assertEquals(201, http.postJson(BASE + "/" + id + "/reports", "{}").statusCode());
      }
    } finally {
      TestDatabase.drop(kind, name);
    }
  }

  private static JsonNode status(Http http, String id, String build) throws Exception {
    HttpResponse<String> r = http.get(BASE + "/" + id + "/reports/" + build);
    assertEquals(200, r.statusCode(), r.body());
    return json(r);
  }
}
