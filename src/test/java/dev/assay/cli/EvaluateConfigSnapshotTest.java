package dev.assay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate --input} with an AWS Config snapshot file instead of a snapshot directory. */
class EvaluateConfigSnapshotTest {

  private static final String FILE =
      "src/test/resources/configsnapshot/111111111111_Config_us-east-1_ConfigSnapshot.json";

  @Test
  void aConfigSnapshotFileIsEvaluatedLikeASnapshot() {
    EvaluateCommandTest.Run run =
        EvaluateCommandTest.run(
            "evaluate", "--input", FILE, "--format", "table", "--at", "2026-11-20T00:00:00Z");
    assertEquals(1, run.exit(), run.err());
    assertTrue(
        run.out().contains("Notebook instance nb-open has direct internet access enabled."),
        run.out());
    assertTrue(!run.out().contains("nb-gone"), run.out());
  }

  @Test
  void guardrailItemsAreJudgedAndUndeterminedGroundingIsAnError() {
    EvaluateCommandTest.Run run =
        EvaluateCommandTest.run(
            "evaluate",
            "--input",
            "src/test/resources/configsnapshot/"
                + "111111111111_Config_us-east-1_ConfigHistory_Guardrail.json",
            "--format",
            "table",
            "--at",
            "2026-11-20T00:00:00Z");
    assertEquals(1, run.exit(), run.err());
    String table = run.out().replaceAll(" +", " ");
    // chat-guard grounds but has no relevance filter: FAIL; loose-guard's filter omits
    // enabled/action: ERROR, never PASS.
    assertTrue(table.contains("GENAI-ACC-01 NON_COMPLIANT 0 1 1 0 0"), run.out());
    // chat-guard blocks prompt attacks at HIGH; loose-guard has no content filters.
    assertTrue(table.contains("GENAI-SAF-03 NON_COMPLIANT 1 1 0 0 0"), run.out());
  }

  @Test
  void aJsonFileThatIsNoConfigSnapshotIsBadInput(@TempDir Path tmp) throws IOException {
    Path other = tmp.resolve("other.json");
    Files.writeString(other, "[]");
    EvaluateCommandTest.Run run = EvaluateCommandTest.run("evaluate", "--input", other.toString());
    assertEquals(2, run.exit());
    assertEquals(
        "assay: other.json: not an AWS Config snapshot (no \"configurationItems\" array)",
        run.err().strip());
  }
}
