package dev.assay.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar assay.jar} on its embedded defaults (H2 in a fresh temporary data directory), on
 * a free port, with its own copies of the rule and framework files so a benchmark may edit them.
 */
final class ServiceProcess implements AutoCloseable {

  static final String ADMIN_KEY = "assay_bench_admin_key_0123456789abcdef";

  private final Process process;
  private final long startedNanos;
  final URI base;
  final Path home;

  private ServiceProcess(Process process, long startedNanos, URI base, Path home) {
    this.process = process;
    this.startedNanos = startedNanos;
    this.base = base;
    this.home = home;
  }

  /**
   * Starts the jar in a new working directory holding copies of {@code rules} and {@code
   * frameworks}.
   */
  static ServiceProcess start(Path jar, Path rules, Path frameworks) throws IOException {
    Path home = Files.createTempDirectory("assay-bench-service-");
    Copies.tree(rules, home.resolve("rules"));
    Copies.tree(frameworks, home.resolve("frameworks"));
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    ProcessBuilder builder =
        new ProcessBuilder(command(jar))
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("service.log").toFile());
    Map<String, String> env = builder.environment();
    env.put("MICRONAUT_SERVER_PORT", Integer.toString(port));
    env.put("ASSAY_BOOTSTRAP_ADMIN_KEY", ADMIN_KEY);
    long started = System.nanoTime();
    Process process = builder.start();
    return new ServiceProcess(process, started, URI.create("http://127.0.0.1:" + port), home);
  }

  /**
   * {@code java [options] -jar assay.jar}; options from {@code -Dassay.bench.service-jvm="..."}
   * (space-separated), e.g. to profile the service with JFR or try JVM flags.
   */
  private static List<String> command(Path jar) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String options = System.getProperty("assay.bench.service-jvm", "").trim();
    if (!options.isEmpty()) {
      command.addAll(List.of(options.split("\\s+")));
    }
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    return command;
  }

  /** CPU time the service process has used so far, in ms (user and system). */
  double cpuMs() {
    return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(Double.NaN);
  }

  /** Polls {@code /health} until it answers 200; the time from process start, in ms. */
  double awaitReady(Duration timeout) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
    HttpRequest health =
        HttpRequest.newBuilder(base.resolve("/health")).timeout(Duration.ofSeconds(1)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the service exited: " + log());
      }
      try {
        if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return (System.nanoTime() - startedNanos) / 1e6;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      Thread.sleep(10);
    }
    throw new IllegalStateException("the service was not ready within " + timeout + ": " + log());
  }

  private String log() throws IOException {
    List<String> lines = Files.readAllLines(home.resolve("service.log"));
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }

  @Override
  public void close() throws IOException, InterruptedException {
    process.destroy();
    if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
    SnapshotBench.delete(home);
  }
}
