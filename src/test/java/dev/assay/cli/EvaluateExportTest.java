package dev.assay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.report.CsvExport;
import dev.assay.report.ExportFixtures;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate --format ocsf|asff|sarif|csv|junit|oscal} from the command line. */
class EvaluateExportTest {

  private static final String AT = "2026-11-20T00:00:00Z";

  @TempDir static Path snapshot;

  @BeforeAll
  static void copySnapshot() {
    ExportFixtures.exampleSnapshotCopy(snapshot);
  }

  private static EvaluateCommandTest.Run evaluate(String format) {
    return EvaluateCommandTest.run(
        "evaluate", "--input", snapshot.toString(), "--format", format, "--at", AT);
  }

  @Test
  void everyExportFormatIsWrittenAndValid() {
    Map<String, String> schemas =
        Map.of(
            "ocsf", "ocsf-compliance-finding-min.schema.json",
            "asff", "asff-min.schema.json",
            "sarif", "sarif-2.1.0-min.schema.json",
            "oscal", "oscal-assessment-results-min.schema.json");
    for (Map.Entry<String, String> e : schemas.entrySet()) {
      EvaluateCommandTest.Run run = evaluate(e.getKey());
      assertEquals(1, run.exit(), e.getKey() + ": " + run.err());
      assertEquals(Set.of(), ExportFixtures.validate(e.getValue(), run.out()), e.getKey());
      assertEquals(run.out(), evaluate(e.getKey()).out(), "deterministic for a fixed --at");
    }
    EvaluateCommandTest.Run csv = evaluate("csv");
    assertTrue(csv.out().startsWith(String.join(",", CsvExport.HEADER) + "\r\n"), csv.out());
    EvaluateCommandTest.Run junit = evaluate("junit");
    assertTrue(junit.out().startsWith("<?xml"), junit.out());
    assertTrue(junit.out().contains("<testcase name=\"GENAI-SEC-01 "), junit.out());
  }

  @Test
  void unknownFormatIsAUsageError() {
    EvaluateCommandTest.Run run = evaluate("pdf");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("ocsf"), run.err());
  }
}
