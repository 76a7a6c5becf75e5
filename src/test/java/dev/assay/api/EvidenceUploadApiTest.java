package dev.assay.api;

import static dev.assay.api.InlineCalls.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Manual evidence files over HTTP: streamed past the 10 MB in-memory limit of JSON bodies up to 100
 * MB, names sanitised, content types checked against the bytes, downloads only as nosniff
 * attachments; a refused upload leaves the chain and the blob directory as they were.
 */
@MicronautTest
class EvidenceUploadApiTest {

  static final String BASE = "/api/v1/assessments";
  static final String CONTROL = "STARTER-PRI-02";
  static final long MB = 1024 * 1024;

  @Inject EmbeddedServer server;
  @Inject DataSource dataSource;

  Http http;
  String id;

  @BeforeEach
  void assessment() throws IOException {
    http = new Http(server.getURI());
    HttpResponse<String> created =
        http.postJson(
            BASE,
            "{\"name\": \"uploads\", \"framework\": \"genai-starter\", \"accounts\":"
                + " [\"111111111111\"], \"regions\": [\"us-east-1\"], \"snapshotDir\":"
                + " \"examples/snapshot\"}");
    assertEquals(201, created.statusCode(), created.body());
    id = JSON.readTree(created.body()).get("id").asText();
  }

  @Test
  void a30MegabyteFileIsStreamedHashedAndDownloadedAsAnAttachment() throws Exception {
    long size = 30 * MB;
    HttpResponse<String> upload =
        http.send(
            http.request(uploadPath("review.pdf"))
                .header("Content-Type", "application/pdf")
                .POST(BodyPublishers.ofInputStream(() -> pdf(size)))
                .build());
    assertEquals(201, upload.statusCode(), upload.body());
    JsonNode item = JSON.readTree(upload.body());
    assertEquals(size, item.get("sizeBytes").asLong());
    assertEquals(sha256(pdf(size)), item.get("contentSha256").asText());

    HttpResponse<InputStream> download =
        HttpClient.newHttpClient()
            .send(
                http.request(BASE + "/" + id + "/evidence/" + item.get("id").asText() + "/file")
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofInputStream());
    assertEquals(200, download.statusCode());
    assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        download
            .headers()
            .firstValue("Content-Disposition")
            .orElse("")
            .startsWith("attachment; filename=\"review.pdf\""),
        download.headers().toString());
    assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
    try (InputStream body = download.body()) {
      assertEquals(item.get("contentSha256").asText(), sha256(body));
    }
  }

  @Test
  void overOneHundredMegabytesIs413AndNothingIsKept() throws Exception {
    long before = evidenceCount();
    HttpResponse<String> upload =
        http.send(
            http.request(uploadPath("huge.pdf"))
                .header("Content-Type", "application/pdf")
                .POST(BodyPublishers.ofInputStream(() -> pdf(100 * MB + 1)))
                .build());
    assertEquals(413, upload.statusCode(), upload.body());
    assertEquals("application/problem+json", Http.contentType(upload));
    assertTrue(upload.body().contains("104857600"), upload.body());
    assertEquals(before, evidenceCount());
    assertEquals(0, partFiles(), "no half-written upload is left behind");
  }

  @ParameterizedTest(name = "{0} as {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          page.dat    | text/html                | <!DOCTYPE html><script>alert(1)</script> | content type text/html is not accepted
          page.txt    | text/plain               | <html><body>hi</body></html>             | HTML or script markup
          tool.pdf    | application/octet-stream | MZ\u0090\u0000 program                   | an executable program
          run.sh      | text/plain               | echo hi                                  | files of type .sh are not accepted
          icon.svg    | image/svg+xml            | <svg/>                                   | files of type .svg are not accepted
          photo.png   | image/png                | %PDF-1.7 not a picture                   | declared as image/png but its content is application/pdf
          """)
  void unsafeOrMislabelledFilesAre415AndAddNothing(
      String name, String type, String content, String detail) throws Exception {
    long before = evidenceCount();
    HttpResponse<String> upload =
        http.post(
            uploadPath(name),
            type,
            BodyPublishers.ofByteArray(content.getBytes(StandardCharsets.ISO_8859_1)));
    assertEquals(415, upload.statusCode(), upload.body());
    assertEquals("application/problem+json", Http.contentType(upload));
    assertTrue(upload.body().contains(detail), upload.body());
    assertEquals(before, evidenceCount());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ../../etc/passwd.txt       | passwd.txt
          C:\\Users\\me\\notes.txt   | notes.txt
          CON.txt                    | _CON.txt
          .hidden.txt                | hidden.txt
          'a\u0007b\u202Ec.txt'      | a_b_c.txt
          """)
  void namesAreSanitisedAndTheSentNameIsKept(String sent, String stored) throws Exception {
    HttpResponse<String> upload =
        http.post(
            uploadPath(sent),
            "text/plain",
            BodyPublishers.ofString("an answer filed as " + stored));
    assertEquals(201, upload.statusCode(), upload.body());
    JsonNode item = JSON.readTree(upload.body());
    assertEquals(stored, item.get("fileName").asText());
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT original_name, content_type FROM evidence_file WHERE evidence_id = ?")) {
      ps.setString(1, item.get("id").asText());
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals(sent, rs.getString(1));
        assertEquals("text/plain", rs.getString(2));
      }
    }
  }

  private String uploadPath(String name) {
    return BASE
        + "/"
        + id
        + "/controls/"
        + CONTROL
        + "/evidence/file?name="
        + URLEncoder.encode(name, StandardCharsets.UTF_8);
  }

  private long evidenceCount() throws IOException {
    return JSON.readTree(http.get(BASE + "/" + id).body())
        .get("assessment")
        .get("evidenceCount")
        .asLong();
  }

  private static long partFiles() throws IOException {
    Path blobs = Path.of(System.getProperty("java.io.tmpdir"), "assay-test-blobs");
    if (!Files.isDirectory(blobs)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(blobs)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".part")).count();
    }
  }

  /** A PDF header and then zeros, generated as read: nothing of it is held in memory. */
  static InputStream pdf(long size) {
    byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    return new InputStream() {
      long position;

      @Override
      public int read() {
        if (position >= size) {
          return -1;
        }
        int b = position < header.length ? header[(int) position] : 0;
        position++;
        return b;
      }

      @Override
      public int read(byte[] buffer, int off, int len) {
        if (position >= size) {
          return -1;
        }
        int n = (int) Math.min(len, size - position);
        for (int i = 0; i < n; i++) {
          long p = position + i;
          buffer[off + i] = p < header.length ? header[(int) p] : 0;
        }
        position += n;
        return n;
      }
    };
  }

  static String sha256(InputStream in) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    byte[] buffer = new byte[64 * 1024];
    for (int n; (n = in.read(buffer)) >= 0; ) {
      digest.update(buffer, 0, n);
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
