package dev.assay.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A bounded loopback load test: concurrent clients mix stateless evaluations, evidence uploads
 * (text and files) and reads (assessments, summaries, evidence pages, chain verification) against
 * the real server for a fixed time, then every request must have succeeded. Writes latency
 * percentiles and throughput per operation as JSON. CI runs the reduced size (25 s, 8 clients);
 * {@code bench/load} runs the full one ({@code -Dassay.load.seconds=300 -Dassay.load.concurrency=16
 * -Dassay.load.out=bench/results/load-<date>.json}).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoadTest implements TestPropertyProvider {

  private static final long SECONDS = Long.getLong("assay.load.seconds", 25);
  private static final long WARMUP_SECONDS = Long.getLong("assay.load.warmup", 3);
  private static final int CLIENTS = Integer.getInteger("assay.load.concurrency", 8);
  private static final Path OUT =
      Path.of(System.getProperty("assay.load.out", "target/load/load-results.json"));
  private static final int ASSESSMENTS = 4;
  private static final List<String> CONTROLS =
      List.of("STARTER-ACC-02", "STARTER-PRI-02", "STARTER-SUS-01", "STARTER-SEC-01");

  /** Operation and weight: how often each client picks it. */
  private static final Map<String, Integer> MIX =
      Map.of(
          "evaluate", 30,
          "uploadText", 10,
          "uploadFile", 10,
          "listAssessments", 10,
          "summary", 20,
          "listEvidence", 15,
          "verifyChain", 5);

  @Inject EmbeddedServer server;

  private final Path blobs = tempDir("assay-load-blobs");
  private Http http;
  private String evaluation;
  private final List<String> ids = new ArrayList<>();

  @Override
  public Map<String, String> getProperties() {
    return Map.of(
        "assay.assessments.blob-dir",
        blobs.toString(),
        // Quotas are not what this measures.
        "assay.assessments.max-uploads-per-control-per-day",
        "100000000");
  }

  @Test
  void sustainsConcurrentEvaluationsUploadsAndReadsWithoutErrors() throws Exception {
    http = new Http(server.getURI());
    evaluation = evaluationBody();
    for (int i = 0; i < ASSESSMENTS; i++) {
      ids.add(assessmentWithARun("load " + i));
    }
    String loadBefore = uptime();
    run(new LoadStats(), WARMUP_SECONDS);
    LoadStats stats = new LoadStats();
    long started = System.nanoTime();
    run(stats, SECONDS);
    double seconds = (System.nanoTime() - started) / 1e9;

    ObjectNode doc = InlineCalls.JSON.createObjectNode();
    doc.put("date", Instant.now().toString());
    doc.put("mode", SECONDS >= 120 ? "full" : "reduced");
    doc.put("seconds", Math.round(seconds * 10) / 10.0);
    doc.put("warmupSeconds", WARMUP_SECONDS);
    doc.put("clients", CLIENTS);
    doc.put("assessments", ASSESSMENTS);
    doc.putPOJO("mix", MIX);
    doc.put("server", "in-process Micronaut, embedded H2 (in memory), loopback HTTP/1.1");
    ObjectNode machine = doc.putObject("machine");
    machine.put("cpus", Runtime.getRuntime().availableProcessors());
    machine.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    machine.put("java", System.getProperty("java.version"));
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    machine.put("uptimeBefore", loadBefore);
    machine.put("uptimeAfter", uptime());
    doc.setAll(stats.toJson(seconds));
    doc.putPOJO("firstErrors", stats.firstErrors());
    Files.createDirectories(OUT.toAbsolutePath().getParent());
    Files.writeString(
        OUT, InlineCalls.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
    System.out.println("load results (" + OUT + "):\n" + doc.toPrettyString());

    assertEquals(0, stats.errorCount(), "errors under load: " + stats.firstErrors());
    for (String op : MIX.keySet()) {
      assertTrue(doc.get("operations").has(op), op + " never ran");
    }
    for (String id : ids) {
      JsonNode verify = json(http.get("/api/v1/assessments/" + id + "/evidence/verify"));
      assertTrue(verify.get("valid").asBoolean(), verify.toString());
    }
  }

  private void run(LoadStats stats, long seconds) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        Random random = new Random(42 + c);
        running.add(
            clients.submit(
                () -> {
                  while (System.nanoTime() < end) {
                    String op = pick(random);
                    long t0 = System.nanoTime();
                    try {
                      HttpResponse<String> r = call(op, random);
                      if (r.statusCode() / 100 == 2) {
                        stats.ok(op, System.nanoTime() - t0);
                      } else {
                        stats.error(op, r.statusCode() + " " + r.body());
                      }
                    } catch (RuntimeException e) {
                      stats.error(op, e.toString());
                    }
                  }
                }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      clients.shutdownNow();
    }
  }

  private static String pick(Random random) {
    int total = MIX.values().stream().mapToInt(Integer::intValue).sum();
    int n = random.nextInt(total);
    for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(MIX).entrySet()) {
      n -= e.getValue();
      if (n < 0) {
        return e.getKey();
      }
    }
    throw new IllegalStateException();
  }

  private HttpResponse<String> call(String op, Random random) {
    String base = "/api/v1/assessments/" + ids.get(random.nextInt(ids.size()));
    String control = CONTROLS.get(random.nextInt(CONTROLS.size()));
    return switch (op) {
      case "evaluate" -> http.postJson("/api/v1/evaluations", evaluation);
      case "uploadText" ->
          http.postJson(
              base + "/controls/" + control + "/evidence",
              "{\"text\": \"reviewed under load " + random.nextLong() + "\"}");
      case "uploadFile" -> {
        byte[] file = new byte[8 * 1024];
        random.nextBytes(file);
        // A fixed start: random first bytes could spell an executable's or a script's magic
        // (MZ, #!), which uploads rightly refuse.
        byte[] head =
            "Assay load test evidence\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        System.arraycopy(head, 0, file, 0, head.length);
        yield http.post(
            base + "/controls/" + control + "/evidence/file?name=load.bin",
            "application/octet-stream",
            BodyPublishers.ofByteArray(file));
      }
      case "listAssessments" -> http.get("/api/v1/assessments");
      case "summary" -> http.get(base);
      case "listEvidence" -> http.get(base + "/evidence?limit=50");
      case "verifyChain" -> http.get(base + "/evidence/verify");
      default -> throw new IllegalArgumentException(op);
    };
  }

  /** One account of the example snapshot inline: about 200 resources across every service. */
  private static String evaluationBody() throws IOException {
    Path one = tempDir("assay-load-snapshot");
    Path account = Path.of("examples/snapshot/111111111111");
    try (var files = Files.walk(account)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path target = one.resolve("111111111111").resolve(account.relativize(f));
        Files.createDirectories(target.getParent());
        Files.copy(f, target);
      }
    }
    ObjectNode body = InlineCalls.JSON.createObjectNode();
    body.put("framework", "genai-starter");
    body.set("responses", InlineCalls.fromSnapshot(one));
    deleteTree(one);
    return body.toString();
  }

  private String assessmentWithARun(String name) {
    String snapshot = Path.of("examples/snapshot").toAbsolutePath().toString();
    JsonNode a =
        json(
            http.postJson(
                "/api/v1/assessments",
                """
                {"name": "%s", "framework": "genai-starter",
                 "accounts": ["111111111111", "222222222222"], "regions": ["us-east-1"],
                 "snapshotDir": "%s"}
                """
                    .formatted(name, snapshot)));
    String id = a.get("id").asText();
    JsonNode run = json(http.postJson("/api/v1/assessments/" + id + "/runs", "{}"));
    assertEquals("SUCCEEDED", run.get("status").asText(), run.toString());
    return id;
  }

  private static JsonNode json(HttpResponse<String> r) {
    assertTrue(r.statusCode() / 100 == 2, r.statusCode() + ": " + r.body());
    try {
      return InlineCalls.JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code uptime}'s line (load averages), or /proc/loadavg where there is no uptime. */
  private static String uptime() {
    try {
      Process p = new ProcessBuilder("uptime").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes()).trim();
      return p.waitFor() == 0 ? out : Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }

  @org.junit.jupiter.api.AfterAll
  void deleteBlobs() throws IOException {
    deleteTree(blobs);
  }

  private static void deleteTree(Path root) throws IOException {
    try (var files = Files.walk(root)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static Path tempDir(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
