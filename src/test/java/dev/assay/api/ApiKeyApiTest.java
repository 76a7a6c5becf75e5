package dev.assay.api;

import static dev.assay.api.SecurityWorld.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.digest.ContentHash;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * API keys and authentication over HTTP: a key is shown once and stored only as a hash, listed
 * without its secret, recorded when used, refused once revoked or expired; 401 and 403 are problems
 * with WWW-Authenticate; every response carries the security headers.
 */
@MicronautTest
@Property(name = "assay.security.jwt.hmac-secret", value = Tokens.SECRET)
class ApiKeyApiTest {

  @Inject EmbeddedServer server;
  @Inject DataSource dataSource;

  private Http admin;

  @BeforeEach
  void client() {
    admin = new Http(server.getURI());
  }

  @Test
  void aKeyIsShownOnceStoredHashedAndWorksUntilRevoked() throws Exception {
    HttpResponse<String> created =
        admin.postJson("/api/v1/api-keys", "{\"name\": \"ci\", \"roles\": [\"analyst\"]}");
    assertEquals(201, created.statusCode(), created.body());
    String secret = json(created).get("key").asText();
    String id = json(created).get("apiKey").get("id").asText();
    assertTrue(secret.startsWith("assay_") && secret.length() == 49, secret);
    assertEquals("api-key:ci", json(created).get("apiKey").get("subject").asText());
    assertEquals("no-store", created.headers().firstValue("Cache-Control").orElse(""));

    String list = admin.get("/api/v1/api-keys").body();
    assertFalse(list.contains(secret), list);
    assertFalse(list.contains(ContentHash.of(secret)), "the hash is not listed either");
    try (var c = dataSource.getConnection();
        var rs =
            c.createStatement()
                .executeQuery("SELECT key_hash, key_prefix FROM api_key WHERE id = '" + id + "'")) {
      assertTrue(rs.next());
      assertEquals(ContentHash.of(secret), rs.getString(1));
      assertTrue(secret.startsWith(rs.getString(2)));
    }

    Http ci = admin.as(secret);
    assertEquals(200, ci.get("/api/v1/rules").statusCode());
    assertNotNull(key(id).get("lastUsedAt").textValue(), "last use recorded");
    HttpResponse<String> forbidden = ci.get("/api/v1/api-keys");
    AssessmentApiContract.assertProblem(forbidden, 403, "urn:assay:problem:forbidden");

    HttpResponse<String> revoked =
        admin.send(admin.request("/api/v1/api-keys/" + id).DELETE().build());
    assertEquals(200, revoked.statusCode(), revoked.body());
    assertNotNull(json(revoked).get("revokedAt").textValue());
    HttpResponse<String> after = ci.get("/api/v1/rules");
    AssessmentApiContract.assertProblem(after, 401, "urn:assay:problem:unauthenticated");
    assertTrue(
        after.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer realm="),
        after.headers().toString());
    assertTrue(after.body().contains("revoked"), after.body());
  }

  @Test
  void expiredKeysAndJwtsAreRefused() {
    String soon = Instant.now().plusSeconds(2).toString();
    HttpResponse<String> created =
        admin.postJson(
            "/api/v1/api-keys",
            "{\"name\": \"short\", \"roles\": [\"reader\"], \"expiresAt\": \"" + soon + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    Http shortLived = admin.as(json(created).get("key").asText());
    assertEquals(200, shortLived.get("/api/v1/rules").statusCode());
    sleepUntil(Instant.parse(soon).plusMillis(100));
    assertEquals(401, shortLived.get("/api/v1/rules").statusCode());

    Http jwt = admin.as(Tokens.jwt("r@example.com", List.of("reader"), Duration.ofMinutes(5)));
    assertEquals(200, jwt.get("/api/v1/assessments").statusCode());
    assertEquals(403, jwt.postJson("/api/v1/assessments", "{}").statusCode());
    String expired =
        Tokens.jwt(
            Tokens.SECRET, "r@example.com", List.of("admin"), Instant.now().minusSeconds(3600));
    HttpResponse<String> refused = admin.as(expired).get("/api/v1/rules");
    assertEquals(401, refused.statusCode());
    assertTrue(refused.body().contains("Expired"), refused.body());
    String forged =
        Tokens.jwt(
            "another-secret-of-at-least-32-bytes!!!",
            "r@example.com",
            List.of("admin"),
            Instant.now().plusSeconds(600));
    assertEquals(401, admin.as(forged).get("/api/v1/rules").statusCode());
  }

  @Test
  void badRequestsForKeysAreProblems() throws Exception {
    AssessmentApiContract.assertProblem(
        admin.postJson("/api/v1/api-keys", "{\"name\": \"x\", \"roles\": [\"owner\"]}"),
        422,
        "urn:assay:problem:invalid-request");
    AssessmentApiContract.assertProblem(
        admin.postJson("/api/v1/api-keys", "{\"roles\": [\"reader\"]}"),
        422,
        "urn:assay:problem:invalid-request");
    AssessmentApiContract.assertProblem(
        admin.postJson(
            "/api/v1/api-keys",
            "{\"name\": \"x\", \"roles\": [], \"expiresAt\": \"2000-01-01T00:00:00Z\"}"),
        422,
        "urn:assay:problem:invalid-request");
    AssessmentApiContract.assertProblem(
        admin.postJson("/api/v1/api-keys", "{\"name\": \"x\", \"expiresAt\": \"tomorrow\"}"),
        422,
        "urn:assay:problem:invalid-request");
    AssessmentApiContract.assertProblem(
        admin.send(admin.request("/api/v1/api-keys/nope").DELETE().build()),
        404,
        "urn:assay:problem:unknown-api-key");
  }

  @Test
  void theBootstrapKeyIsAnAdminKeyAndHealthNeedsNoToken() throws Exception {
    JsonNode keys = json(admin.get("/api/v1/api-keys")).get("apiKeys");
    boolean bootstrap = false;
    for (JsonNode key : keys) {
      if (key.get("name").asText().equals("bootstrap-admin")) {
        bootstrap = key.get("roles").toString().equals("[\"admin\"]");
      }
    }
    assertTrue(bootstrap, keys.toString());
    HttpResponse<String> health = admin.anonymous().get("/health");
    assertEquals(200, health.statusCode(), health.body());
    assertEquals("nosniff", health.headers().firstValue("X-Content-Type-Options").orElse(""));
    HttpResponse<String> none = admin.anonymous().get("/api/v1/rules");
    AssessmentApiContract.assertProblem(none, 401, "urn:assay:problem:unauthenticated");
    assertEquals("nosniff", none.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("DENY", none.headers().firstValue("X-Frame-Options").orElse(""));
    HttpResponse<String> basic =
        admin.send(
            admin
                .anonymous()
                .request("/api/v1/rules")
                .header("Authorization", "Basic eDp5")
                .GET()
                .build());
    assertEquals(401, basic.statusCode());
    HttpResponse<String> garbage = admin.as("not-a-jwt").get("/api/v1/rules");
    assertEquals(401, garbage.statusCode());
    // Unknown routes answer 404 only to authenticated callers.
    assertEquals(401, admin.anonymous().get("/api/v1/nothing-here").statusCode());
    assertEquals(404, admin.get("/api/v1/nothing-here").statusCode());
  }

  private JsonNode key(String id) {
    for (JsonNode key : json(admin.get("/api/v1/api-keys")).get("apiKeys")) {
      if (key.get("id").asText().equals(id)) {
        return key;
      }
    }
    throw new AssertionError("no key " + id);
  }

  private static void sleepUntil(Instant when) {
    long millis = Duration.between(Instant.now(), when).toMillis();
    if (millis > 0) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
