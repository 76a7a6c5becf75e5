package dev.assay.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two assessments and one caller per role, made over HTTP by the test admin: A owned by alice with
 * its {@code privacy} control set delegated to carol, B owned by bob; keys for an analyst, alice,
 * carol and a revoked admin; JWTs for a reader and an expired admin.
 */
final class SecurityWorld {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String OWNER = "alice@example.com";
  static final String DELEGATE = "carol@example.com";
  static final String DELEGATED_SET = "privacy";
  static final String DELEGATED_CONTROL = "STARTER-PRI-02";
  static final String OTHER_CONTROL = "STARTER-SEC-01";

  final Http admin;
  final String a;
  final String b;
  final String delegation;

  /** Callers by name: admin, analyst, owner, delegate, reader, none, bad, revoked, expired. */
  final Map<String, Http> callers = new LinkedHashMap<>();

  SecurityWorld(URI server) {
    admin = new Http(server);
    a = assessment("A", OWNER);
    b = assessment("B", "bob@example.com");
    delegation =
        field(
            post(
                admin.as(key("alice", OWNER, List.of())),
                "/api/v1/assessments/" + a + "/delegations",
                "{\"controlSetId\": \""
                    + DELEGATED_SET
                    + "\", \"delegate\": \""
                    + DELEGATE
                    + "\", \"comment\": \"please review privacy\"}"),
            "id");
    String revoked = key("old-admin", null, List.of("admin"));
    String revokedId = keyId("old-admin");
    assertEquals(
        200,
        admin.send(admin.request("/api/v1/api-keys/" + revokedId).DELETE().build()).statusCode());
    callers.put("admin", admin);
    callers.put("analyst", admin.as(key("analyst", null, List.of("analyst"))));
    callers.put("owner", admin.as(key("alice-2", OWNER, List.of())));
    callers.put("delegate", admin.as(key("carol", DELEGATE, List.of())));
    callers.put("reader", admin.as(Tokens.jwt("rita@example.com", List.of("reader"), hour())));
    callers.put("none", admin.anonymous());
    callers.put("bad", admin.as("assay_not_a_key_that_exists_anywhere_0000"));
    callers.put("revoked", admin.as(revoked));
    callers.put(
        "expired",
        admin.as(
            Tokens.jwt(
                Tokens.SECRET, "root@example.com", List.of("admin"), Instant.now().minus(hour()))));
  }

  private static Duration hour() {
    return Duration.ofHours(1);
  }

  private String assessment(String name, String owner) {
    return field(
        post(
            admin,
            "/api/v1/assessments",
            "{\"name\": \""
                + name
                + "\", \"framework\": \"genai-starter\", \"accounts\": [\"111111111111\"],"
                + " \"regions\": [\"us-east-1\"], \"owners\": [\""
                + owner
                + "\"], \"snapshotDir\": \"examples/snapshot\"}"),
        "id");
  }

  /** Creates a key and returns its secret. */
  String key(String name, String subject, List<String> roles) {
    StringBuilder body = new StringBuilder("{\"name\": \"" + name + "\", \"roles\": [");
    for (int i = 0; i < roles.size(); i++) {
      body.append(i == 0 ? "" : ",").append('"').append(roles.get(i)).append('"');
    }
    body.append("]");
    if (subject != null) {
      body.append(", \"subject\": \"").append(subject).append('"');
    }
    body.append('}');
    return field(post(admin, "/api/v1/api-keys", body.toString()), "key");
  }

  String keyId(String name) {
    for (JsonNode key : json(admin.get("/api/v1/api-keys")).get("apiKeys")) {
      if (key.get("name").asText().equals(name)) {
        return key.get("id").asText();
      }
    }
    throw new IllegalStateException("no key " + name);
  }

  static HttpResponse<String> post(Http http, String path, String body) {
    HttpResponse<String> response = http.postJson(path, body);
    assertEquals(201, response.statusCode(), path + ": " + response.body());
    return response;
  }

  static String field(HttpResponse<String> response, String name) {
    return json(response).get(name).asText();
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(response.body(), e);
    }
  }
}
