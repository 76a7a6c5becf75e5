package dev.assay.api;

import static dev.assay.api.AssessmentApiContract.BASE;
import static dev.assay.api.AssessmentApiContract.CREATE;
import static dev.assay.api.AssessmentApiContract.JSON;
import static dev.assay.api.AssessmentApiContract.assertProblem;
import static dev.assay.api.AssessmentApiContract.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports over HTTP: create, list, public key, verify (and tampering), quota as problem+json. */
@MicronautTest
@Property(name = "assay.reports.max-evidence-items", value = "3")
class ReportApiTest {

  @Inject EmbeddedServer server;
  Http http;
  @TempDir static Path temp;

  @BeforeEach
  void client() {
    http = new Http(server.getURI());
  }

  private String create(String destination) throws IOException {
    String body =
        CREATE.replace(
            "\"s3://reports-bucket/assay\"", JSON.writeValueAsString(destination.toString()));
    HttpResponse<String> created = http.postJson(BASE, body);
    assertEquals(201, created.statusCode(), created.body());
    return json(created).get("id").asText();
  }

  private void text(String id, String text) {
    HttpResponse<String> r =
        http.postJson(
            BASE + "/" + id + "/controls/STARTER-ACC-02/evidence",
            "{\"text\": " + quote(text) + "}");
    assertEquals(201, r.statusCode(), r.body());
  }

  @Test
  void buildsListsAndVerifiesAReport() throws IOException {
    Path dest = temp.resolve("api-reports");
    String id = create(dest.toString());
    text(id, "<script>alert(1)</script>");
    HttpResponse<String> created =
        http.postJson(BASE + "/" + id + "/reports", "{\"name\": \"Q4 audit\"}");
    assertEquals(201, created.statusCode(), created.body());
    JsonNode report = json(created);
    assertEquals(1, report.get("evidenceItems").asInt());
    Path zip = Path.of(report.get("location").asText());
    assertEquals(dest.toAbsolutePath(), zip.getParent());

    JsonNode list = json(http.get(BASE + "/" + id + "/reports"));
    assertEquals(report.get("id").asText(), list.get("reports").get(0).get("id").asText());

    HttpResponse<String> key = http.get("/api/v1/reports/public-key");
    assertEquals(200, key.statusCode());
    assertTrue(key.body().startsWith("-----BEGIN PUBLIC KEY-----"), key.body());
    assertEquals(report.get("keyId").asText(), key.headers().firstValue("X-Assay-Key-Id").get());

    JsonNode ok = json(verify(Files.readAllBytes(zip)));
    assertTrue(ok.get("verified").asBoolean(), ok.toString());

    byte[] bytes = Files.readAllBytes(zip);
    Path tampered =
        dev.assay.report.ReportTestAccess.dropEntry(
            zip, temp.resolve("tampered.zip"), "summary.pdf");
    HttpResponse<String> bad = verify(Files.readAllBytes(tampered));
    assertEquals(200, bad.statusCode());
    JsonNode problems = json(bad);
    assertFalse(problems.get("verified").asBoolean());
    assertEquals("missing", problems.get("problems").get(0).get("kind").asText());
    assertEquals("summary.pdf", problems.get("problems").get(0).get("path").asText());
    assertTrue(bytes.length > 0);
  }

  @Test
  void refusesWhatNoReportCanBeBuiltFrom() throws IOException {
    assertProblem(verify("not a zip".getBytes()), 422, "urn:assay:problem:not-a-report");
    assertEquals(404, http.postJson(BASE + "/no-such/reports", "{}").statusCode());
    String id = create(temp.resolve("quota").toString());
    assertProblem(
        http.postJson(BASE + "/" + id + "/reports", "{\"controlSetIds\": [\"nope\"]}"),
        422,
        "urn:assay:problem:invalid-request");
    for (int i = 0; i < 4; i++) {
      text(id, "answer " + i);
    }
    HttpResponse<String> tooMany = http.postJson(BASE + "/" + id + "/reports", "{}");
    assertProblem(tooMany, 422, "urn:assay:problem:report-too-large");
    assertTrue(json(tooMany).get("detail").asText().contains("4 evidence items"));
    assertFalse(
        Files.exists(temp.resolve("quota"))
            && Files.list(temp.resolve("quota")).findAny().isPresent());
  }

  private HttpResponse<String> verify(byte[] zip) {
    return http.post("/api/v1/reports/verify", "application/zip", BodyPublishers.ofByteArray(zip));
  }

  private static String quote(String s) {
    try {
      return JSON.writeValueAsString(s);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
