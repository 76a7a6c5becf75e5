package dev.assay.api;

import static dev.assay.api.InlineCalls.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Live reload on the real server, over copies of rules/ and frameworks/: an edit serves within
 * seconds with no failed request meanwhile, a broken edit is rejected and reported while the old
 * rules keep serving, fixing it takes the next version, and a forced reload answers either way. The
 * tests run in order on one server, each starting from the files the previous one left.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RuleReloadApiTest implements TestPropertyProvider {

  private static final String RULE =
      "sagemaker_notebook_instance_without_direct_internet_access_configured";
  private static final String ARN =
      "arn:aws:sagemaker:us-east-1:111111111111:notebook-instance/nb-open";
  private static final String ORIGINAL = "has direct internet access enabled.";
  private static final String EDITED = "has direct internet access turned on.";
  private static final String FIXED = "can reach the internet directly.";

  private Path dir;
  private Path secure;
  private String original;

  @Inject EmbeddedServer server;

  private Http http;

  @Override
  public Map<String, String> getProperties() {
    try {
      dir = Files.createTempDirectory("assay-reload-test-");
      copyTree(Path.of("rules"), dir.resolve("rules"));
      copyTree(Path.of("frameworks"), dir.resolve("frameworks"));
      secure = dir.resolve("rules/secure.drl");
      original = Files.readString(secure);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of(
        "assay.rules-dir",
        dir.resolve("rules").toString(),
        "assay.frameworks-dir",
        dir.resolve("frameworks").toString(),
        "assay.reload.enabled",
        "true",
        "assay.reload.debounce",
        "100ms");
  }

  @BeforeEach
  void client() {
    http = new Http(server.getURI());
  }

  @AfterAll
  void deleteCopies() throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Test
  @Order(1)
  void anEditServesWithinSecondsAndNoRequestFailsDuringTheSwap() throws Exception {
    assertTrue(reason().endsWith(ORIGINAL), reason());
    String before = version();
    AtomicBoolean stop = new AtomicBoolean();
    Set<String> reasons = ConcurrentHashMap.newKeySet();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    List<Thread> load = new ArrayList<>();
    int[] requests = new int[1];
    for (int i = 0; i < 3; i++) {
      Thread t =
          new Thread(
              () -> {
                while (!stop.get()) {
                  HttpResponse<String> response = evaluate();
                  synchronized (requests) {
                    requests[0]++;
                  }
                  if (response.statusCode() != 200) {
                    failures.add(response.statusCode() + " " + response.body());
                  } else {
                    reasons.add(reasonIn(response.body()));
                  }
                }
              });
      t.start();
      load.add(t);
    }
    Thread.sleep(300);

    long saved = System.nanoTime();
    Files.writeString(secure, original.replace(ORIGINAL, EDITED));
    long seen = waitFor(() -> reason().endsWith(EDITED), 10_000);
    long latencyMs = (seen - saved) / 1_000_000;
    Thread.sleep(300);
    stop.set(true);
    for (Thread t : load) {
      t.join();
    }
    System.out.println(
        "reload latency (save to first new result): "
            + latencyMs
            + " ms, "
            + requests[0]
            + " requests under load");

    // About 1-2 s on an idle 2-core machine (compiling the DRL is most of it); the bound leaves
    // room for a loaded build machine.
    assertTrue(latencyMs < 10_000, "took " + latencyMs + " ms");
    assertTrue(failures.isEmpty(), failures.toString());
    assertTrue(requests[0] > 10, "only " + requests[0] + " requests ran");
    assertEquals(
        Set.of("Notebook instance nb-open " + ORIGINAL, "Notebook instance nb-open " + EDITED),
        reasons);
    JsonNode rules = getJson("/api/v1/rules");
    assertFalse(rules.get("version").asText().equals(before));
    assertTrue(rules.get("rejected").isNull(), rules.get("rejected").toString());

    JsonNode versions = getJson("/api/v1/rules/versions");
    assertEquals(rules.get("version").asText(), versions.get("serving").asText());
    JsonNode all = versions.get("versions");
    assertEquals(2, all.size(), all.toString());
    assertEquals(before, all.get(0).get("ruleBaseVersion").asText());
    assertEquals("startup", all.get(0).get("trigger").asText());
    assertFalse(all.get(0).get("servedUntil").isNull());
    assertEquals("watch", all.get(1).get("trigger").asText());
    assertTrue(all.get(1).get("servedUntil").isNull());
    assertTrue(all.get(1).get("ruleFiles").get("secure.drl").asText().matches("[0-9a-f]{64}"));
    assertTrue(all.get(1).get("frameworkFiles").has("genai-starter.yaml"), all.get(1).toString());
  }

  @Test
  @Order(2)
  void aBrokenEditIsRejectedAndReportedWhileTheOldRulesKeepServing() throws Exception {
    String serving = version();
    String broken = original.replace(ORIGINAL, EDITED) + "\nrule \"broken\" when then x = ; end\n";
    int line = (int) broken.lines().count();
    Files.writeString(secure, broken);

    waitFor(() -> !getJson("/api/v1/rules").get("rejected").isNull(), 10_000);
    JsonNode rejected = getJson("/api/v1/rules").get("rejected");
    assertEquals("watch", rejected.get("trigger").asText());
    assertTrue(rejected.get("at").asText().endsWith("Z"), rejected.toString());
    assertTrue(
        StreamSupport.stream(rejected.get("problems").spliterator(), false)
            .anyMatch(p -> p.asText().startsWith("secure.drl:" + line)),
        rejected.toString());
    assertEquals(serving, version());
    assertTrue(reason().endsWith(EDITED), reason());
    assertEquals(2, getJson("/api/v1/rules/versions").get("versions").size());
  }

  @Test
  @Order(3)
  void fixingTheFileTakesTheNextVersion() throws Exception {
    String serving = version();
    Files.writeString(secure, original.replace(ORIGINAL, FIXED));
    waitFor(() -> reason().endsWith(FIXED), 10_000);
    JsonNode rules = getJson("/api/v1/rules");
    assertTrue(rules.get("rejected").isNull(), rules.toString());
    assertFalse(rules.get("version").asText().equals(serving));
    assertEquals(3, getJson("/api/v1/rules/versions").get("versions").size());
  }

  @Test
  @Order(4)
  void aForcedReloadOfRulesThatFailWhenTheyRunIs422AndTheOldVersionServes() throws Exception {
    String serving = version();
    // Compiles, but throws when the rule fires: only the canary evaluation can catch it.
    String throwing =
        original.replace(
            "\"Notebook instance \" + $n.name() + \" " + ORIGINAL + "\"",
            "\"Notebook instance \" + $n.name().substring(999)");
    assertFalse(throwing.equals(original), "the rule text changed; update the test");
    Files.writeString(secure, throwing);

    HttpResponse<String> response = http.postJson("/api/v1/rules/reload", "");
    assertEquals(422, response.statusCode(), response.body());
    assertEquals("application/problem+json", Http.contentType(response));
    JsonNode problem = JSON.readTree(response.body());
    assertEquals("urn:assay:problem:rules-rejected", problem.get("type").asText());
    assertEquals(serving, problem.get("serving").asText());
    String first = problem.get("problems").get(0).asText();
    assertTrue(first.startsWith("secure.drl:") && first.contains("rule " + RULE), first);
    assertTrue(first.contains("StringIndexOutOfBoundsException"), first);
    assertTrue(reason().endsWith(FIXED), reason());

    Files.writeString(secure, original);
    HttpResponse<String> ok = http.postJson("/api/v1/rules/reload", "");
    assertEquals(200, ok.statusCode(), ok.body());
    JsonNode reloaded = JSON.readTree(ok.body());
    assertEquals(version(), reloaded.get("serving").get("ruleBaseVersion").asText());
    assertTrue(reason().endsWith(ORIGINAL), reason());
    assertTrue(getJson("/api/v1/rules").get("rejected").isNull());
  }

  private HttpResponse<String> evaluate() {
    ObjectNode body = InlineCalls.request("2026-11-20T00:00:00Z", InlineCalls.openNotebook());
    return http.postJson("/api/v1/evaluations", body.toString());
  }

  private String reason() {
    HttpResponse<String> response = evaluate();
    assertEquals(200, response.statusCode(), response.body());
    return reasonIn(response.body());
  }

  private static String reasonIn(String body) {
    try {
      return StreamSupport.stream(JSON.readTree(body).get("findings").spliterator(), false)
          .filter(f -> f.get("ruleId").asText().equals(RULE))
          .findFirst()
          .orElseThrow()
          .get("reason")
          .asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String version() {
    return getJson("/api/v1/rules").get("version").asText();
  }

  private JsonNode getJson(String path) {
    HttpResponse<String> response = http.get(path);
    assertEquals(200, response.statusCode(), response.body());
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Polls until the condition holds; returns System.nanoTime() of the first success. */
  private static long waitFor(Check condition, long timeoutMs) throws Exception {
    long deadline = System.nanoTime() + timeoutMs * 1_000_000;
    while (true) {
      if (condition.holds()) {
        return System.nanoTime();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + timeoutMs + " ms");
      }
      Thread.sleep(20);
    }
  }

  @FunctionalInterface
  private interface Check {
    boolean holds() throws Exception;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.sorted().toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
