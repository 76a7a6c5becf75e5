package dev.assay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The whole evaluation of examples/snapshot against a committed golden file, byte for byte. After
 * an intended change, regenerate with {@code mvn test -Dtest=GoldenEvaluationTest
 * -Dassay.golden.update=true} and review the diff.
 */
class GoldenEvaluationTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/examples-snapshot.json");

  @Test
  void examplesSnapshotMatchesTheGoldenFile() throws IOException {
    EvaluateCommandTest.Run run =
        EvaluateCommandTest.run(
            "evaluate", "--input", "examples/snapshot", "--format", "json",
            "--at", "2026-11-20T00:00:00Z");
    assertEquals(1, run.exit(), run.err());
    if (Boolean.getBoolean("assay.golden.update")) {
      Files.writeString(GOLDEN, run.out());
    }
    assertEquals(Files.readString(GOLDEN), run.out());
  }

  @Test
  void sameInputsGiveTheSameBytes() {
    String[] args = {
      "evaluate", "--input", "examples/snapshot", "--format", "json", "--at", "2026-11-20T00:00:00Z"
    };
    assertEquals(EvaluateCommandTest.run(args).out(), EvaluateCommandTest.run(args).out());
  }
}
