package dev.assay.api;

import static dev.assay.api.AssessmentApiContract.BASE;
import static dev.assay.api.AssessmentApiContract.CREATE;
import static dev.assay.api.AssessmentApiContract.JSON;
import static dev.assay.api.AssessmentApiContract.assertProblem;
import static dev.assay.api.AssessmentApiContract.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.report.ExportFixtures;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/v1/assessments/{id}/export}: an assessment's latest successful run. */
@MicronautTest
class ExportApiTest {

  @Inject EmbeddedServer server;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(server.getURI());
  }

  @TempDir static Path snapshot;

  @BeforeAll
  static void copySnapshot() {
    ExportFixtures.exampleSnapshotCopy(snapshot);
  }

  private String create() throws IOException {
    String body =
        CREATE.replace("\"examples/snapshot\"", JSON.writeValueAsString(snapshot.toString()));
    HttpResponse<String> created = http.postJson(BASE, body);
    assertEquals(201, created.statusCode(), created.body());
    return json(created).get("id").asText();
  }

  @Test
  void refusesUnknownFormatsMissingRunsAndAssessments() throws IOException {
    String id = create();
    assertProblem(
        http.get(BASE + "/" + id + "/export?format=pdf"), 400, "urn:assay:problem:unknown-format");
    assertProblem(http.get(BASE + "/" + id + "/export"), 400, "urn:assay:problem:unknown-format");
    assertProblem(
        http.get(BASE + "/" + id + "/export?format=ocsf"),
        409,
        "urn:assay:problem:no-successful-run");
    assertEquals(404, http.get(BASE + "/no-such-assessment/export?format=ocsf").statusCode());
  }

  @Test
  void exportsTheLatestRunInEveryFormat() throws IOException {
    String id = create();
    HttpResponse<String> run = http.postJson(BASE + "/" + id + "/runs", "{}");
    assertEquals(201, run.statusCode(), run.body());
    String runId = json(run).get("id").asText();
    JsonNode detail = json(http.get(BASE + "/" + id + "/runs/" + runId));
    Map<String, String> statuses = new HashMap<>();
    detail
        .get("findings")
        .forEach(
            f ->
                statuses.put(
                    f.get("ruleId").asText() + "\n" + f.get("resourceArn").asText(),
                    f.get("status").asText()));

    HttpResponse<String> ocsf = http.get(BASE + "/" + id + "/export?format=ocsf");
    assertEquals(200, ocsf.statusCode(), ocsf.body());
    assertEquals("application/json", Http.contentType(ocsf));
    assertTrue(ocsf.headers().firstValue("Content-Disposition").orElse("").contains(".ocsf.json"));
    assertEquals(
        Set.of(), ExportFixtures.validate("ocsf-compliance-finding-min.schema.json", ocsf.body()));
    Map<String, String> read = new HashMap<>();
    for (JsonNode e : json(ocsf)) {
      if (e.has("resources")
          && !e.get("finding_info").get("analytic").get("uid").asText().startsWith("manual-")) {
        int s = e.get("compliance").get("status_id").asInt();
        read.put(
            e.get("finding_info").get("analytic").get("uid").asText()
                + "\n"
                + e.get("resources").get(0).get("uid").asText(),
            switch (s) {
              case 1 -> "PASS";
              case 3 -> "FAIL";
              case 2 -> "ERROR";
              default -> "NOT_APPLICABLE";
            });
      }
    }
    assertEquals(statuses, read);

    HttpResponse<String> oscal = http.get(BASE + "/" + id + "/export?format=OSCAL");
    assertEquals(200, oscal.statusCode(), oscal.body());
    assertEquals(
        Set.of(),
        ExportFixtures.validate("oscal-assessment-results-min.schema.json", oscal.body()));
    JsonNode findings = json(oscal).get("assessment-results").get("results").get(0).get("findings");
    assertEquals(detail.get("controls").size(), findings.size());
    assertTrue(
        findings.get(0).get("title").asText().matches("\\S+ \\S.*"),
        "control names come from the framework");

    for (String format : new String[] {"asff", "sarif", "csv", "junit", "json", "table"}) {
      HttpResponse<String> out = http.get(BASE + "/" + id + "/export?format=" + format);
      assertEquals(200, out.statusCode(), format + ": " + out.body());
      assertTrue(!out.body().isBlank(), format);
    }
    assertEquals(
        Set.of(),
        ExportFixtures.validate(
            "sarif-2.1.0-min.schema.json",
            http.get(BASE + "/" + id + "/export?format=sarif").body()));
    assertEquals(
        Set.of(),
        ExportFixtures.validate(
            "asff-min.schema.json", http.get(BASE + "/" + id + "/export?format=asff").body()));
    assertTrue(
        Http.contentType(http.get(BASE + "/" + id + "/export?format=junit"))
            .startsWith("application/xml"));
    // Same run, same bytes.
    assertEquals(ocsf.body(), http.get(BASE + "/" + id + "/export?format=ocsf").body());
  }

  @Test
  void statelessEvaluationsTakeAFormatToo() throws IOException {
    var call =
        InlineCalls.call("111111111111", "us-east-1", "sagemaker", "ListNotebookInstances", null);
    call.putObject("response").putArray("NotebookInstances");
    String body = InlineCalls.request("2026-11-20T00:00:00Z", java.util.List.of(call)).toString();
    assertProblem(
        http.postJson("/api/v1/evaluations?format=pdf", body),
        400,
        "urn:assay:problem:unknown-format");
    HttpResponse<String> sarif = http.postJson("/api/v1/evaluations?format=sarif", body);
    assertEquals(200, sarif.statusCode(), sarif.body());
    assertEquals("application/sarif+json", Http.contentType(sarif));
    assertEquals(Set.of(), ExportFixtures.validate("sarif-2.1.0-min.schema.json", sarif.body()));
    HttpResponse<String> plain = http.postJson("/api/v1/evaluations", body);
    assertEquals("application/json", Http.contentType(plain));
    assertTrue(plain.body().contains("\"findings\""), plain.body());
  }
}
