package dev.assay.reliability;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The Assay service as a separate JVM, started the way {@code java -jar target/assay.jar} starts it
 * (main class {@code dev.assay.Assay}, no arguments) on the test's main classpath, in a working
 * directory of its own on a free port. {@link #kill()} is SIGKILL (on Linux {@code
 * destroyForcibly}); {@link #close()} always ends the process, so a failing test leaves none.
 */
final class ServiceProcess implements AutoCloseable {

  /** The admin key the service is started with (the auth contract's bootstrap key). */
  static final String ADMIN_KEY = "assay_test_admin_key_faults_0123456789abcdef";

  private final Process process;
  private final Path log;
  private final URI url;

  private ServiceProcess(Process process, Path log, URI url) {
    this.process = process;
    this.log = log;
    this.url = url;
  }

  /**
   * Starts the service in {@code workDir} with the given environment on top of the defaults (rules
   * and frameworks of this checkout, no schedule, no collection on create, no reload) and waits
   * until {@code /health} answers.
   */
  static ServiceProcess start(Path workDir, Map<String, String> env) {
    try {
      Files.createDirectories(workDir);
      int port = freePort();
      Path log = Files.createTempFile(workDir, "service-", ".log");
      Path repo = Path.of("").toAbsolutePath();
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
      command.addAll(List.of("-cp", mainClasspath(), "dev.assay.Assay"));
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      Map<String, String> e = builder.environment();
      e.put("MICRONAUT_SERVER_PORT", String.valueOf(port));
      e.put("MICRONAUT_ENV_DEDUCTION", "false");
      e.put("ASSAY_RULES_DIR", repo.resolve("rules").toString());
      e.put("ASSAY_FRAMEWORKS_DIR", repo.resolve("frameworks").toString());
      e.put("ASSAY_RELOAD_ENABLED", "false");
      e.put("ASSAY_ASSESSMENTS_COLLECT_ON_CREATE", "false");
      e.put("ASSAY_ASSESSMENTS_SCHEDULE_ENABLED", "false");
      e.put("ASSAY_ASSESSMENTS_BLOB_DIR", workDir.resolve("data/blobs").toString());
      e.put("ASSAY_ASSESSMENTS_SNAPSHOT_DIR", workDir.resolve("data/snapshots").toString());
      e.put("ASSAY_BOOTSTRAP_ADMIN_KEY", ADMIN_KEY);
      e.put("AWS_ACCESS_KEY_ID", "testing");
      e.put("AWS_SECRET_ACCESS_KEY", "testing");
      e.put("AWS_REGION", "us-east-1");
      e.putAll(env);
      ServiceProcess service =
          new ServiceProcess(builder.start(), log, URI.create("http://127.0.0.1:" + port));
      try {
        service.awaitHealthy();
      } catch (RuntimeException failed) {
        service.close();
        throw failed;
      }
      return service;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  URI url() {
    return url;
  }

  long pid() {
    return process.pid();
  }

  /** SIGKILL: no shutdown hook, no flush, no rollback by the process itself. */
  void kill() {
    process.destroyForcibly();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("process " + process.pid() + " survived SIGKILL");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
  }

  private void awaitHealthy() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the service exited at startup:\n" + log());
      }
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(url.resolve("/health"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(200);
    }
    throw new IllegalStateException("the service did not start in 120 s:\n" + log());
  }

  /**
   * This JVM's classpath without the test classes: what the jar holds, unpacked. Surefire runs
   * tests from a manifest-only jar and puts the real classpath in {@code surefire.test.class.path}.
   */
  private static String mainClasspath() {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Arrays.stream(classpath.split(File.pathSeparator))
        .filter(p -> !p.endsWith("test-classes") && !p.endsWith("test-classes/"))
        .collect(Collectors.joining(File.pathSeparator));
  }

  static Map<String, String> env(String... keyValues) {
    Map<String, String> env = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      env.put(keyValues[i], keyValues[i + 1]);
    }
    return env;
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
