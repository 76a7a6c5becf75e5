package dev.assay.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.assessment.TestDatabase;
import dev.assay.reliability.TcpProxy;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * PostgreSQL goes away under a running service (a TCP proxy between them is cut; the shared server
 * is never touched): requests that need the database answer 503 problem+json with Retry-After,
 * /health says DOWN, the rest of the API still answers, and everything recovers without a restart
 * once the proxy is restored.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageTest implements TestPropertyProvider {

  private static final Pattern HOST_PORT = Pattern.compile("//([^:/]+):(\\d+)/");

  private final String schema = "assay_outage_" + UUID.randomUUID().toString().substring(0, 8);
  private TcpProxy proxy;

  @Inject EmbeddedServer server;

  @Override
  public Map<String, String> getProperties() {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> TestDatabase.drop(TestDatabase.Kind.POSTGRES, schema)));
    String direct = TestDatabase.url(TestDatabase.Kind.POSTGRES, schema);
    Matcher m = HOST_PORT.matcher(direct);
    assertTrue(m.find(), direct);
    try {
      proxy = new TcpProxy(m.group(1), Integer.parseInt(m.group(2)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of(
        "datasources.default.url",
        m.replaceFirst("//127.0.0.1:" + proxy.port() + "/"),
        // Fail a request after 1 s without a connection instead of the configured 5 s.
        "datasources.default.connection-timeout",
        "1000",
        // No API-key cache: the assertions below are about a key that must be read from the
        // database (a cached key keeps working for its TTL, README "Security").
        "assay.security.api-key-cache-ttl",
        "0s",
        // A JWT caller needs no database to authenticate; an API key does (revocation is checked
        // on every request, so API-key callers get 503 too while the database is down).
        "assay.security.jwt.hmac-secret",
        Tokens.SECRET);
  }

  @AfterAll
  void cleanUp() {
    proxy.close();
    TestDatabase.drop(TestDatabase.Kind.POSTGRES, schema);
  }

  @Test
  void requestsFailWith503WhileTheDatabaseIsDownAndRecoverWhenItIsBack() throws Exception {
    Http http = new Http(server.getURI());
    String id = create(http, "before the outage");
    assertEquals(200, http.get("/health").statusCode());

    proxy.cut();
    try {
      for (HttpResponse<String> r :
          new HttpResponse[] {
            http.get("/api/v1/assessments"),
            http.get("/api/v1/assessments/" + id),
            http.get("/api/v1/assessments/" + id + "/evidence/verify"),
            http.postJson("/api/v1/assessments", body("during the outage"))
          }) {
        assertEquals(503, r.statusCode(), r.uri() + ": " + r.body());
        assertEquals("application/problem+json", Http.contentType(r));
        assertEquals("5", r.headers().firstValue("Retry-After").orElse(null), r.uri().toString());
        assertTrue(r.body().contains("urn:assay:problem:database-unavailable"), r.body());
      }
      HttpResponse<String> health = http.get("/health");
      assertEquals(503, health.statusCode(), health.body());
      assertTrue(health.body().contains("DOWN"), health.body());
      // What needs no database still answers a caller whose token needs none either (a JWT);
      // an API key cannot be checked for revocation, so its caller is refused with 503.
      Http jwtCaller = http.as(Tokens.jwt("dana", List.of("reader"), Duration.ofMinutes(5)));
      assertEquals(200, jwtCaller.get("/api/v1/rules").statusCode());
      assertEquals(503, http.get("/api/v1/rules").statusCode());
    } finally {
      proxy.restore();
    }

    // Back without a restart: the pool reconnects on the next request (allow a few tries).
    HttpResponse<String> list = null;
    for (int i = 0; i < 50; i++) {
      list = http.get("/api/v1/assessments");
      if (list.statusCode() == 200) {
        break;
      }
      Thread.sleep(200);
    }
    assertEquals(200, list.statusCode(), list.body());
    assertTrue(list.body().contains(id), "the assessment from before the outage is there");
    assertTrue(!list.body().contains("during the outage"), "nothing of the refused create");
    create(http, "after the outage");
    assertEquals(200, http.get("/health").statusCode());
  }

  private static String create(Http http, String name) {
    HttpResponse<String> r = http.postJson("/api/v1/assessments", body(name));
    assertEquals(201, r.statusCode(), r.body());
    Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
    assertTrue(id.find(), r.body());
    return id.group(1);
  }

  private static String body(String name) {
    return """
        {"name": "%s", "framework": "genai-starter", "accounts": ["111111111111"],
         "regions": ["us-east-1"]}
        """
        .formatted(name);
  }
}
