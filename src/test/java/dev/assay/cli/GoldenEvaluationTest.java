package dev.assay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole evaluation of examples/snapshot against committed golden files, byte for byte, for the
 * starter and the standard framework. After an intended change, regenerate with {@code mvn test
 * -Dtest=GoldenEvaluationTest -Dassay.golden.update=true} and review the diff.
 */
class GoldenEvaluationTest {

  private static final String AT = "2026-11-20T00:00:00Z";

  private static String evaluate(String framework) {
    EvaluateCommandTest.Run run =
        EvaluateCommandTest.run(
            "evaluate",
            "--input",
            "examples/snapshot",
            "--framework",
            framework,
            "--format",
            "json",
            "--at",
            AT);
    assertEquals(1, run.exit(), run.err());
    return run.out();
  }

  @ParameterizedTest
  @ValueSource(strings = {"genai-starter", "genai-best-practices-v2"})
  void examplesSnapshotMatchesTheGoldenFile(String framework) throws IOException {
    Path golden =
        Path.of(
            "src/test/resources/golden",
            framework.equals("genai-starter")
                ? "examples-snapshot.json"
                : "examples-snapshot-" + framework + ".json");
    String out = evaluate(framework);
    if (Boolean.getBoolean("assay.golden.update")) {
      Files.writeString(golden, out);
    }
    assertEquals(Files.readString(golden), out);
  }

  @ParameterizedTest
  @ValueSource(strings = {"genai-starter", "genai-best-practices-v2"})
  void sameInputsGiveTheSameBytes(String framework) {
    assertEquals(evaluate(framework), evaluate(framework));
  }
}
