package dev.assay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Manual evidence given to {@code evaluate} closes tasks while fresh and reopens them when stale.
 */
class ManualEvidenceTest {

  private static final String AT = "2026-11-20T00:00:00Z";

  private static JsonNode evaluate(Path evidence) throws IOException {
    EvaluateCommandTest.Run run =
        EvaluateCommandTest.run(
            "evaluate",
            "--input",
            "examples/snapshot",
            // The starter's single manual control keeps the arithmetic of these tests small.
            "--framework",
            "genai-starter",
            "--format",
            "json",
            "--at",
            AT,
            "--manual-evidence",
            evidence.toString());
    assertEquals(1, run.exit(), run.err());
    return new ObjectMapper().readTree(run.out());
  }

  private static JsonNode task(JsonNode doc, String controlId) {
    for (JsonNode task : doc.get("tasks")) {
      if (task.get("controlId").asText().equals(controlId)) {
        return task;
      }
    }
    throw new AssertionError("no task for " + controlId);
  }

  private static JsonNode control(JsonNode doc, String controlId) {
    for (JsonNode control : doc.get("controls")) {
      if (control.get("controlId").asText().equals(controlId)) {
        return control;
      }
    }
    throw new AssertionError("no control " + controlId);
  }

  @Test
  void freshEvidenceSatisfiesTheTaskAndTheManualControl(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("evidence.yaml");
    Files.writeString(
        file,
        """
        evidence:
          - controlId: STARTER-ACC-02
            providedAt: 2026-10-01T09:00:00Z
            file: rca-2026-q3.pdf
            providedBy: jane@example.com
        """);
    JsonNode doc = evaluate(file);
    JsonNode task = task(doc, "STARTER-ACC-02");
    assertEquals("SATISFIED", task.get("status").asText());
    // P3M cadence: the next evidence is due three months after the last.
    assertEquals("2027-01-01", task.get("due").asText());
    assertEquals("COMPLIANT", control(doc, "STARTER-ACC-02").get("status").asText());
    assertEquals(0, control(doc, "STARTER-ACC-02").get("openTasks").asInt());
  }

  @Test
  void staleEvidenceReopensTheTask(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("evidence.json");
    Files.writeString(
        file,
        """
        {"evidence": [{"controlId": "STARTER-ACC-02", "providedAt": "2026-06-01T00:00:00Z",
                       "text": "RCA of the June incident attached to ticket OPS-12"}]}
        """);
    JsonNode doc = evaluate(file);
    JsonNode task = task(doc, "STARTER-ACC-02");
    assertEquals("STALE", task.get("status").asText());
    assertEquals("2026-09-01", task.get("due").asText());
    assertEquals("INCONCLUSIVE", control(doc, "STARTER-ACC-02").get("status").asText());
  }

  @Test
  void noEvidenceLeavesTheTaskOpenAndDueNow(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("evidence.yaml");
    Files.writeString(file, "evidence: []\n");
    JsonNode task = task(evaluate(file), "STARTER-ACC-02");
    assertEquals("OPEN", task.get("status").asText());
    assertEquals("2026-11-20", task.get("due").asText());
  }

  @Test
  void evidenceFromTheFutureDoesNotCount(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("evidence.yaml");
    Files.writeString(
        file,
        """
        evidence:
          - {controlId: STARTER-ACC-02, providedAt: "2026-12-01T00:00:00Z", file: later.pdf}
        """);
    assertEquals("OPEN", task(evaluate(file), "STARTER-ACC-02").get("status").asText());
  }

  @Test
  void invalidEvidenceIsAUsageError(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("evidence.yaml");
    Files.writeString(
        file,
        """
        evidence:
          - {controlId: STARTER-ACC-02, providedAt: yesterday, file: a.pdf}
        """);
    EvaluateCommandTest.Run run =
        EvaluateCommandTest.run(
            "evaluate", "--input", "examples/snapshot", "--manual-evidence", file.toString());
    assertEquals(2, run.exit());
    assertTrue(
        run.err().contains("evidence.yaml[0]: providedAt must be an ISO-8601 instant"), run.err());
  }
}
