package dev.assay.collect;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real {@code moto_server} on a free loopback port, started once per test class and killed after
 * it. A missing moto_server fails the tests: CI installs it, and a skipped collector test would
 * hide exactly the regressions it exists for.
 */
public final class MotoServer implements BeforeAllCallback, AfterAllCallback {

  private Process process;
  private Path log;
  private URI url;

  public URI url() {
    return url;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    int port = freePort();
    log = Files.createTempFile("moto-", ".log");
    ProcessBuilder builder =
        new ProcessBuilder("moto_server", "-H", "127.0.0.1", "-p", String.valueOf(port))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException(
          "moto_server is not installed (pip install 'moto[server]'); collector tests need it", e);
    }
    url = URI.create("http://127.0.0.1:" + port);
    awaitReady();
    post("/moto-api/seed?a=42");
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (process != null) {
      process.destroy();
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    }
    if (log != null) {
      Files.deleteIfExists(log);
    }
  }

  private void awaitReady() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("moto_server exited: " + Files.readString(log));
      }
      try {
        HttpResponse<Void> r =
            http.send(
                HttpRequest.newBuilder(url.resolve("/moto-api/"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("moto_server did not start in 30 s: " + Files.readString(log));
  }

  private void post(String path) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(url.resolve(path))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
