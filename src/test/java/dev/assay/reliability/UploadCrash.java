package dev.assay.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The acknowledged-upload part of the crash tests: a file upload answered 201, then a SIGKILL half
 * a second to a second later (nothing else in flight), must be there after restart: the item with
 * its hashes, its link to the item before it, the chain head, and the file itself.
 */
final class UploadCrash {

  private UploadCrash() {}

  /** Uploads a file of its own content and returns the 201's item and the bytes sent. */
  static Uploaded upload(ServiceClient api, String id, int round) {
    byte[] content = new byte[64 * 1024];
    ThreadLocalRandom.current().nextBytes(content);
    HttpResponse<String> r =
        api.send(
            api.postRequest(
                "/api/v1/assessments/"
                    + id
                    + "/controls/STARTER-ACC-02/evidence/file?name=acked-"
                    + round
                    + ".bin",
                "application/octet-stream",
                HttpRequest.BodyPublishers.ofByteArray(content)));
    assertEquals(201, r.statusCode(), r.body());
    JsonNode item = ServiceClient.parse(r.body());
    assertEquals(sha256(content), item.get("contentSha256").asText(), "the hash of what was sent");
    return new Uploaded(item, content);
  }

  /** Kills the service 0.5 to 1 s after the acknowledgement; returns the wait in ms. */
  static long killSoonAfter(ServiceProcess s) {
    long wait = 500 + ThreadLocalRandom.current().nextLong(501);
    ServiceProcess.sleep(wait);
    s.kill();
    return wait;
  }

  /**
   * After restart: the item reads back with the same hashes, links to {@code previousHash}, is the
   * chain head, the chain verifies with {@code items} items, and the file is whole in the blob
   * directory and over HTTP.
   */
  static void assertSurvived(
      ServiceClient api, String id, Uploaded up, String previousHash, long items, Path blobs) {
    String base = "/api/v1/assessments/" + id + "/evidence/";
    String itemId = up.item().get("id").asText();
    JsonNode item = api.get(base + itemId).get("item");
    for (String field : new String[] {"seq", "contentSha256", "prevHash", "itemHash"}) {
      assertEquals(
          up.item().path(field).asText(), item.path(field).asText(), field + " after restart");
    }
    assertEquals(
        previousHash == null ? "" : previousHash,
        item.path("prevHash").asText(""),
        "the link to the item before it");
    JsonNode verify = api.get(base + "verify");
    assertTrue(verify.get("valid").asBoolean(), verify.toString());
    assertEquals(items, verify.get("items").asLong(), verify.toString());
    assertEquals(up.item().get("itemHash").asText(), verify.get("head").asText(), "chain head");
    String sha = up.item().get("contentSha256").asText();
    Path blob = blobs.resolve(sha.substring(0, 2)).resolve(sha);
    try {
      assertArrayEquals(up.content(), Files.readAllBytes(blob), "blob " + blob);
    } catch (IOException e) {
      throw new UncheckedIOException("the blob of the acknowledged upload is gone: " + blob, e);
    }
    HttpResponse<byte[]> file = api.sendBytes(api.request(base + itemId + "/file").GET().build());
    assertEquals(200, file.statusCode());
    assertArrayEquals(up.content(), file.body(), "the file over HTTP");
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  record Uploaded(JsonNode item, byte[] content) {}
}
