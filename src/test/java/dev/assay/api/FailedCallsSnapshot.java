package dev.assay.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A copy of the example snapshot with two calls failed (access denied): one that only controls
 * outside the privacy set need, one the privacy set's guardrail control needs. The delegate view
 * tests use it to tell one set's gaps from another's.
 */
final class FailedCallsSnapshot {

  /** A call only controls outside the privacy set need (endpoint configs: resilience). */
  static final String OTHER_SETS_CALL = "sagemaker.DescribeEndpointConfig";

  /** A call the privacy set's guardrail control needs. */
  static final String PRIVACY_CALL = "bedrock.GetGuardrail";

  private FailedCallsSnapshot() {}

  /** Writes the copy to a new temporary directory and returns it. */
  static Path write() throws IOException {
    Path source = Path.of("examples/snapshot");
    Path copy = Files.createTempDirectory("delegate-view");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path f : files.toList()) {
        Path target = copy.resolve(source.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
    Path region = copy.resolve("111111111111/us-east-1");
    Map<String, String> failed =
        Map.of(
            OTHER_SETS_CALL + "_ec-chat-ha.json",
            "{\"EndpointConfigName\": \"ec-chat-ha\"}",
            PRIVACY_CALL + "_q7m2k9x4p1ws.json",
            "{\"guardrailIdentifier\": \"q7m2k9x4p1ws\"}");
    for (Map.Entry<String, String> f : failed.entrySet()) {
      Files.writeString(
          region.resolve(f.getKey()),
          "{\"request\": "
              + f.getValue()
              + ", \"error\": {\"Code\": \"AccessDeniedException\", \"Message\": \"not"
              + " authorized\"}}");
    }
    return copy;
  }

  /** Deletes a copy {@link #write} made. */
  static void delete(Path copy) throws IOException {
    try (Stream<Path> files = Files.walk(copy)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}
