package dev.assay.api;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service refuses to start on a broken rule base or framework directory, and says where the
 * problem is.
 */
class StartupFailureTest {

  @Test
  void aRuleThatDoesNotCompileStopsStartupNamingFileAndLine(@TempDir Path dir) throws IOException {
    Path rules = copyOf(Path.of("rules"), dir.resolve("rules"));
    Path secure = rules.resolve("secure.drl");
    // Appended at the end, so the broken line is the file's last one.
    String text = Files.readString(secure);
    String broken =
        text + (text.endsWith("\n") ? "" : "\n") + "rule \"broken\" when then x = ; end\n";
    Files.writeString(secure, broken);
    int line = (int) broken.lines().count();

    RuntimeException failure =
        assertThrows(
            RuntimeException.class, () -> start(Map.of("assay.rules-dir", rules.toString())));
    String messages = messages(failure);
    assertTrue(messages.contains("secure.drl:" + line), messages);
  }

  @Test
  void aMissingFrameworksDirectoryStopsStartup(@TempDir Path dir) {
    Path missing = dir.resolve("no-frameworks");
    RuntimeException failure =
        assertThrows(
            RuntimeException.class,
            () -> start(Map.of("assay.frameworks-dir", missing.toString())));
    String messages = messages(failure);
    assertTrue(messages.contains("frameworks directory not found"), messages);
  }

  @Test
  void anUnknownDefaultFrameworkStopsStartup() {
    RuntimeException failure =
        assertThrows(
            RuntimeException.class, () -> start(Map.of("assay.default-framework", "nope")));
    String messages = messages(failure);
    assertTrue(messages.contains("unknown framework nope"), messages);
  }

  private static void start(Map<String, Object> properties) {
    try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
      throw new AssertionError("the service started on " + server.getURI());
    }
  }

  /** The whole cause chain: Micronaut wraps what the engine threw. */
  private static String messages(Throwable failure) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    return all.toString();
  }

  private static Path copyOf(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
    return to;
  }
}
