package dev.assay.api;

import static dev.assay.api.InlineCalls.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.assessment.evidence.BlobStores;
import dev.assay.assessment.evidence.EvidenceHasher;
import dev.assay.cli.Cli;
import dev.assay.collect.MotoServer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import picocli.CommandLine;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Evidence in S3 through the doors: the service keeps uploads in an S3 bucket (blob-store: s3) and
 * imports {@code s3://} objects over HTTP, and the CLI imports with {@code evidence upload --s3},
 * all against a real moto_server.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3EvidenceApiTest implements TestPropertyProvider {

  static final String BASE = "/api/v1/assessments";
  static final String BUCKET = "assay-evidence";
  static final byte[] PDF = "%PDF-1.7 review minutes".getBytes(StandardCharsets.UTF_8);

  // Started here rather than as an extension: the properties need its port before the server.
  final MotoServer moto = new MotoServer();
  S3Client s3;

  @Inject EmbeddedServer server;

  @Override
  public Map<String, String> getProperties() {
    try {
      moto.beforeAll(null);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    System.setProperty("aws.accessKeyId", "testing");
    System.setProperty("aws.secretAccessKey", "testing");
    s3 = BlobStores.s3("us-east-1", moto.url().toString());
    s3.createBucket(b -> b.bucket(BUCKET));
    s3.putObject(b -> b.bucket(BUCKET).key("in/minutes.pdf"), RequestBody.fromBytes(PDF));
    return Map.of(
        "assay.assessments.blob-store",
        "s3",
        "assay.assessments.s3-bucket",
        BUCKET,
        "assay.assessments.s3-endpoint-url",
        moto.url().toString());
  }

  @AfterAll
  void stopMoto() throws Exception {
    moto.afterAll(null);
  }

  @Test
  void uploadsGoToTheBucketAndS3ObjectsAreImported() throws IOException {
    Http http = new Http(server.getURI());
    String id = create(http);
    HttpResponse<String> upload =
        http.post(
            BASE + "/" + id + "/controls/STARTER-PRI-02/evidence/file?name=own.txt",
            "text/plain",
            java.net.http.HttpRequest.BodyPublishers.ofString("our answer"));
    assertEquals(201, upload.statusCode(), upload.body());
    String sha = JSON.readTree(upload.body()).get("contentSha256").asText();
    assertEquals(
        "our answer",
        s3.getObjectAsBytes(
                b -> b.bucket(BUCKET).key("evidence/" + sha.substring(0, 2) + "/" + sha))
            .asUtf8String());

    HttpResponse<String> imported =
        http.postJson(
            BASE + "/" + id + "/controls/STARTER-PRI-02/evidence/s3",
            "{\"s3\": \"s3://" + BUCKET + "/in/minutes.pdf\"}");
    assertEquals(201, imported.statusCode(), imported.body());
    JsonNode item = JSON.readTree(imported.body());
    assertEquals("minutes.pdf", item.get("fileName").asText());
    assertEquals(EvidenceHasher.sha256(PDF), item.get("contentSha256").asText());

    HttpResponse<String> missing =
        http.postJson(
            BASE + "/" + id + "/controls/STARTER-PRI-02/evidence/s3",
            "{\"s3\": \"s3://" + BUCKET + "/in/nothing.pdf\"}");
    assertEquals(422, missing.statusCode(), missing.body());
    assertEquals("application/problem+json", Http.contentType(missing));
    assertTrue(missing.body().contains("cannot import s3://"), missing.body());

    assertTrue(
        JSON.readTree(http.get(BASE + "/" + id + "/evidence/verify").body())
            .get("valid")
            .asBoolean());
  }

  @Test
  void theCliImportsAnS3Object() throws IOException {
    // The CLI reads the same keys from the environment or system properties.
    System.setProperty("assay.assessments.s3-endpoint-url", moto.url().toString());
    try {
      String db =
          "jdbc:h2:mem:s3cli-"
              + System.nanoTime()
              + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
      String[] create = {
        "assessments",
        "create",
        "--name",
        "cli s3",
        "--framework",
        "genai-starter",
        "--accounts",
        "111111111111",
        "--regions",
        "us-east-1",
        "--input",
        "examples/snapshot",
        "--db=" + db,
        "--by=tester"
      };
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CommandLine cli = Cli.commandLine();
      cli.setOut(new PrintWriter(out));
      cli.setErr(new PrintWriter(err));
      assertEquals(0, cli.execute(create), err.toString() + out);
      String[] lines = out.toString().strip().split("\n");
      String id = lines[lines.length - 1].strip();

      StringWriter upOut = new StringWriter();
      StringWriter upErr = new StringWriter();
      CommandLine upload = Cli.commandLine();
      upload.setOut(new PrintWriter(upOut));
      upload.setErr(new PrintWriter(upErr));
      int exit =
          upload.execute(
              "evidence",
              "upload",
              id,
              "--control",
              "STARTER-PRI-02",
              "--s3",
              "s3://" + BUCKET + "/in/minutes.pdf",
              "--db=" + db,
              "--by=tester");
      assertEquals(0, exit, upErr.toString() + upOut);
      assertTrue(
          upOut.toString().contains("sha256 " + EvidenceHasher.sha256(PDF)), upOut.toString());

      StringWriter badErr = new StringWriter();
      CommandLine bad = Cli.commandLine();
      bad.setOut(new PrintWriter(new StringWriter()));
      bad.setErr(new PrintWriter(badErr));
      int refused =
          bad.execute(
              "evidence",
              "upload",
              id,
              "--control",
              "STARTER-PRI-02",
              "--s3",
              "s3://x",
              "--db=" + db,
              "--by=tester");
      assertEquals(2, refused);
      assertTrue(badErr.toString().startsWith("assay: an S3 import needs"), badErr.toString());
    } finally {
      System.clearProperty("assay.assessments.s3-endpoint-url");
    }
  }

  private static String create(Http http) throws IOException {
    HttpResponse<String> created =
        http.postJson(
            BASE,
            "{\"name\": \"s3\", \"framework\": \"genai-starter\", \"accounts\":"
                + " [\"111111111111\"], \"regions\": [\"us-east-1\"], \"snapshotDir\":"
                + " \"examples/snapshot\"}");
    assertEquals(201, created.statusCode(), created.body());
    return JSON.readTree(created.body()).get("id").asText();
  }
}
