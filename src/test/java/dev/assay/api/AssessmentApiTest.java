package dev.assay.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The assessment API on the embedded database (a fresh in-memory H2 per context). */
@MicronautTest
class AssessmentApiTest extends AssessmentApiContract {

  @Test
  void filesStreamUpToTheServersRequestLimit() throws IOException {
    String id = create();
    byte[] big = new byte[9 * 1024 * 1024];
    HttpResponse<String> file =
        http.post(
            BASE + "/" + id + "/controls/STARTER-PRI-02/evidence/file?name=big.bin",
            "application/octet-stream",
            BodyPublishers.ofByteArray(big));
    assertEquals(201, file.statusCode(), file.body());
    assertEquals(big.length, json(file).get("sizeBytes").asLong());
    assertTrue(json(file).get("collectedAt").isTextual(), file.body());
    assertEquals(1, json(http.get(BASE + "/" + id)).get("assessment").get("evidenceCount").asInt());
  }
}
