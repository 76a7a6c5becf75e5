package dev.assay.api;

import static dev.assay.api.AssessmentApiContract.BASE;
import static dev.assay.api.AssessmentApiContract.CREATE;
import static dev.assay.api.AssessmentApiContract.JSON;
import static dev.assay.api.AssessmentApiContract.assertProblem;
import static dev.assay.api.AssessmentApiContract.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.assessment.evidence.BlobStores;
import dev.assay.collect.MotoServer;
import dev.assay.digest.ContentHash;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Reports built in the background (202, Location, BUILDING then READY or FAILED), downloaded from a
 * local directory and from S3 (moto), and verified over HTTP when larger than the 10 MiB a JSON
 * body may hold, up to assay.limits.report-verify-bytes.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportDownloadApiTest implements TestPropertyProvider {

  static final long MB = 1024 * 1024;
  static final String BUCKET = "report-downloads";

  final MotoServer moto = new MotoServer();
  S3Client s3;
  Path temp;

  @Inject EmbeddedServer server;

  @Override
  public Map<String, String> getProperties() {
    try {
      moto.beforeAll(null);
      temp = Files.createTempDirectory("report-download-test");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    System.setProperty("aws.accessKeyId", "testing");
    System.setProperty("aws.secretAccessKey", "testing");
    s3 = BlobStores.s3("us-east-1", moto.url().toString());
    s3.createBucket(b -> b.bucket(BUCKET));
    return Map.of(
        "assay.reports.s3-endpoint-url",
        moto.url().toString(),
        "assay.reports.s3-region",
        "us-east-1",
        "assay.reports.max-evidence-items",
        "3",
        "assay.limits.report-verify-bytes",
        String.valueOf(20 * MB));
  }

  @AfterAll
  void stopMoto() throws Exception {
    moto.afterAll(null);
  }

  private Http http() {
    return new Http(server.getURI());
  }

  private String assessment(String destination) throws IOException {
    String body =
        CREATE.replace("\"s3://reports-bucket/assay\"", JSON.writeValueAsString(destination));
    HttpResponse<String> created = http().postJson(BASE, body);
    assertEquals(201, created.statusCode(), created.body());
    String id = json(created).get("id").asText();
    HttpResponse<String> r =
        http()
            .postJson(
                BASE + "/" + id + "/controls/STARTER-ACC-02/evidence",
                "{\"text\": \"access reviewed\"}");
    assertEquals(201, r.statusCode(), r.body());
    return id;
  }

  private HttpResponse<String> startAsync(String id, String body) {
    return http()
        .send(
            http()
                .request(BASE + "/" + id + "/reports")
                .header("Content-Type", "application/json")
                .header("Prefer", "respond-async")
                .POST(BodyPublishers.ofString(body))
                .build());
  }

  /** Polls the build until it leaves BUILDING. */
  private JsonNode await(String location) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (true) {
      HttpResponse<String> r = http().get(location);
      assertEquals(200, r.statusCode(), r.body());
      JsonNode build = json(r);
      if (!build.get("status").asText().equals("BUILDING") || Instant.now().isAfter(deadline)) {
        return build;
      }
      Thread.sleep(200);
    }
  }

  private HttpResponse<byte[]> download(String id, String reportId) {
    try {
      return HttpClientHolder.CLIENT.send(
          http().request(BASE + "/" + id + "/reports/" + reportId + "/download").GET().build(),
          BodyHandlers.ofByteArray());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final class HttpClientHolder {
    static final java.net.http.HttpClient CLIENT = java.net.http.HttpClient.newHttpClient();
  }

  private void assertDownloadIs(String id, JsonNode report, byte[] expected) {
    HttpResponse<byte[]> zip = download(id, report.get("id").asText());
    assertEquals(200, zip.statusCode());
    assertEquals("application/zip", Http.contentType(zip));
    String location = report.get("location").asText();
    assertEquals(
        "attachment; filename=\"" + location.substring(location.lastIndexOf('/') + 1) + "\"",
        zip.headers().firstValue("Content-Disposition").orElse(""));
    assertEquals(report.get("sizeBytes").asLong(), zip.body().length);
    assertEquals(report.get("sha256").asText(), ContentHash.of(zip.body()));
    assertArrayEquals(expected, zip.body());
  }

  @Test
  void asyncBuildIsAcceptedThenReadyAndDownloadsFromADirectory() throws Exception {
    String id = assessment(temp.resolve("local").toString());
    HttpResponse<String> accepted = startAsync(id, "{\"name\": \"Background\"}");
    assertEquals(202, accepted.statusCode(), accepted.body());
    JsonNode build = json(accepted);
    assertEquals("BUILDING", build.get("status").asText());
    String location = accepted.headers().firstValue("Location").orElseThrow();
    assertEquals(BASE + "/" + id + "/reports/" + build.get("id").asText(), location);

    JsonNode done = await(location);
    assertEquals("READY", done.get("status").asText(), done.toString());
    JsonNode report = done.get("report");
    assertEquals(build.get("id").asText(), report.get("id").asText());
    assertEquals("Background", report.get("name").asText());
    assertDownloadIs(id, report, Files.readAllBytes(Path.of(report.get("location").asText())));

    JsonNode list = json(http().get(BASE + "/" + id + "/reports"));
    assertEquals(report.get("id"), list.get("reports").get(0).get("id"));
    assertEquals("READY", list.get("builds").get(0).get("status").asText());
  }

  @Test
  void asyncBuildToS3DownloadsTheObject() throws Exception {
    String id = assessment("s3://" + BUCKET + "/q4");
    HttpResponse<String> accepted = startAsync(id, "{}");
    assertEquals(202, accepted.statusCode(), accepted.body());
    JsonNode done = await(accepted.headers().firstValue("Location").orElseThrow());
    assertEquals("READY", done.get("status").asText(), done.toString());
    JsonNode report = done.get("report");
    String key = report.get("location").asText().substring(("s3://" + BUCKET + "/").length());
    byte[] object = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asByteArray();
    assertDownloadIs(id, report, object);
  }

  @Test
  void aSynchronousReportReadsReadyAndUnknownOrMissingOnesAre404() throws Exception {
    String id = assessment(temp.resolve("sync").toString());
    HttpResponse<String> created = http().postJson(BASE + "/" + id + "/reports", "{}");
    assertEquals(201, created.statusCode(), created.body());
    JsonNode report = json(created);
    String reportId = report.get("id").asText();
    JsonNode read = json(http().get(BASE + "/" + id + "/reports/" + reportId));
    assertEquals("READY", read.get("status").asText());
    assertEquals(report, read.get("report"));

    assertProblem(
        http().get(BASE + "/" + id + "/reports/no-such-report"),
        404,
        "urn:assay:problem:unknown-report");
    HttpResponse<byte[]> unknown = download(id, "no-such-report");
    assertEquals(404, unknown.statusCode());
    assertEquals("application/problem+json", Http.contentType(unknown));
    // A report of another assessment is unknown here.
    String other = assessment(temp.resolve("other").toString());
    assertEquals(404, download(other, reportId).statusCode());

    Files.delete(Path.of(report.get("location").asText()));
    HttpResponse<byte[]> gone = download(id, reportId);
    assertEquals(404, gone.statusCode());
    assertTrue(
        new String(gone.body(), StandardCharsets.UTF_8)
            .contains("urn:assay:problem:report-file-missing"));
  }

  @Test
  void aBuildThatFailsReadsFailedWithItsProblemAndCannotBeDownloaded() throws Exception {
    String id = assessment(temp.resolve("quota").toString());
    for (int i = 0; i < 3; i++) {
      http()
          .postJson(
              BASE + "/" + id + "/controls/STARTER-ACC-02/evidence",
              "{\"text\": \"answer " + i + "\"}");
    }
    HttpResponse<String> accepted = startAsync(id, "{}");
    assertEquals(202, accepted.statusCode(), accepted.body());
    JsonNode done = await(accepted.headers().firstValue("Location").orElseThrow());
    assertEquals("FAILED", done.get("status").asText(), done.toString());
    assertEquals("report-too-large", done.get("errorCode").asText());
    assertTrue(done.get("error").asText().contains("4 evidence items"), done.toString());
    HttpResponse<byte[]> refused = download(id, done.get("id").asText());
    assertEquals(409, refused.statusCode());
    assertTrue(
        new String(refused.body(), StandardCharsets.UTF_8)
            .contains("urn:assay:problem:report-not-ready"));
    // A request that cannot build is refused at once, not accepted and failed later.
    assertProblem(
        startAsync(id, "{\"controlSetIds\": [\"nope\"]}"),
        422,
        "urn:assay:problem:invalid-request");
    assertProblem(
        startAsync("no-such-assessment", "{}"), 404, "urn:assay:problem:unknown-assessment");
  }

  @Test
  void verifyStreamsAReportLargerThanTheBufferLimitAndRefusesOneOverItsCap() throws Exception {
    String id = assessment(temp.resolve("big").toString());
    // 12 MiB that do not compress: the zip is larger than max-request-buffer-size (10 MiB).
    byte[] noise = new byte[(int) (12 * MB)];
    new Random(7).nextBytes(noise);
    HttpResponse<String> upload =
        http()
            .send(
                http()
                    .request(
                        BASE + "/" + id + "/controls/STARTER-ACC-02/evidence/file?name=big.pdf")
                    .header("Content-Type", "application/pdf")
                    .POST(
                        BodyPublishers.ofInputStream(
                            () ->
                                new SequenceInputStream(
                                    new ByteArrayInputStream(
                                        "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)),
                                    new ByteArrayInputStream(noise))))
                    .build());
    assertEquals(201, upload.statusCode(), upload.body());
    HttpResponse<String> created = http().postJson(BASE + "/" + id + "/reports", "{}");
    assertEquals(201, created.statusCode(), created.body());
    Path zip = Path.of(json(created).get("location").asText());
    assertTrue(Files.size(zip) > 12 * MB, "zip of " + Files.size(zip) + " bytes");

    HttpResponse<String> ok =
        http().post("/api/v1/reports/verify", "application/zip", BodyPublishers.ofFile(zip));
    assertEquals(200, ok.statusCode(), ok.body());
    assertTrue(json(ok).get("verified").asBoolean(), ok.body());

    // Over the 20 MiB cap: refused by its declared length before a byte of the body is read
    // (headers alone, on a raw connection), and when streamed without a length.
    try (java.net.Socket socket = new java.net.Socket(server.getHost(), server.getPort())) {
      socket.setSoTimeout(30_000);
      String head =
          "POST /api/v1/reports/verify HTTP/1.1\r\nHost: localhost\r\n"
              + "Authorization: Bearer "
              + Http.ADMIN_KEY
              + "\r\nContent-Type: application/zip\r\nContent-Length: "
              + (20 * MB + 1)
              + "\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      String status =
          new java.io.BufferedReader(
                  new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
      assertEquals("HTTP/1.1 413 Request Entity Too Large", status);
    }
    byte[] tooBig = new byte[(int) (20 * MB + 1)];
    HttpResponse<String> chunked =
        http()
            .send(
                http()
                    .request("/api/v1/reports/verify")
                    .header("Content-Type", "application/zip")
                    .POST(
                        HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(tooBig)))
                    .build());
    assertProblem(chunked, 413, "urn:assay:problem:report-upload-too-large");
    assertTrue(json(chunked).get("detail").asText().contains("report-verify-bytes"));
  }
}
