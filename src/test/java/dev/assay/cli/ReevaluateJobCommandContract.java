package dev.assay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.assessment.ReevaluationEngines;
import dev.assay.testing.NotebookSnapshot;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assay reevaluate} without {@code --dry-run}, in process, each invocation opening the store
 * afresh as a separate process would: runs stored with the current rules, the job as JSON, a
 * failing assessment (exit 1), another active job (exit 2), usage errors. Subclasses give the
 * database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReevaluateJobCommandContract {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;

  private static Path snapshot;
  private static Path inverted;

  abstract String dbUrl();

  record Result(int exit, String out, String err) {}

  @BeforeAll
  static void files() {
    try {
      snapshot = NotebookSnapshot.write(dir.resolve("snapshot"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    inverted = ReevaluationEngines.copy(Path.of("rules"), dir.resolve("inverted"));
    ReevaluationEngines.invertRule(inverted);
  }

  Result run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--db=" + dbUrl());
    all.add("--by=tester");
    picocli.CommandLine commandLine = Cli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exit = commandLine.execute(all.toArray(String[]::new));
    return new Result(exit, out.toString(), err.toString());
  }

  String assessment(String name) {
    Result created =
        run(
            "assessments",
            "create",
            "--name",
            name,
            "--framework",
            "genai-starter",
            "--accounts",
            "111111111111",
            "--regions",
            "us-east-1",
            "--owner",
            "alice@example.com",
            "--input",
            snapshot.toString());
    assertEquals(0, created.exit(), created.err() + created.out());
    String[] lines = created.out().strip().split("\n");
    return lines[lines.length - 1].strip();
  }

  @Test
  void aJobStoresRunsWithTheCurrentRulesAndReportsProgress() throws Exception {
    String a = assessment("cli a");
    String b = assessment("cli b");

    Result job =
        run(
            "reevaluate",
            "--assessments",
            a + "," + b,
            "--current-rules",
            inverted.toString(),
            "--format",
            "json");

    assertEquals(0, job.exit(), job.err() + job.out());
    assertTrue(job.err().contains("] 2/2 assessments"), job.err());
    JsonNode detail = JSON.readTree(job.out());
    assertEquals("SUCCEEDED", detail.get("state").asText());
    assertEquals(4, detail.get("progress").get("changedFindings").asInt());
    assertEquals(4, detail.get("result").get("counts").get("findings").asInt());
    Result runs = run("assessments", "show", a, "--format", "json");
    assertEquals(0, runs.exit(), runs.err());
    assertTrue(runs.out().contains("REEVALUATION"), runs.out());

    Result table = run("reevaluate", "--assessments", a, "--current-rules", inverted.toString());
    assertEquals(0, table.exit(), table.err());
    assertTrue(table.out().contains(" SUCCEEDED: 1 of 1 assessments"), table.out());
    assertTrue(table.out().contains("0 finding and 0 control status changes"), table.out());

    String id = detail.get("id").asText();
    Result again = run("reevaluate", "--resume", id);
    assertEquals(2, again.exit(), again.out());
    assertTrue(again.err().startsWith("assay: cannot resume"), again.err());
  }

  @Test
  void sinceKeepsOnlyAssessmentsWithEvidenceThatRecent() throws Exception {
    String a = assessment("cli since");

    Result recent = run("reevaluate", "--assessments", a, "--since", "PT1H", "--format", "json");
    assertEquals(0, recent.exit(), recent.err() + recent.out());
    JsonNode detail = JSON.readTree(recent.out());
    assertEquals(1, detail.get("progress").get("total").asInt(), recent.out());
    assertEquals(a, detail.get("items").get(0).get("assessmentId").asText(), recent.out());

    Result none = run("reevaluate", "--assessments", a, "--since", "2999-01-01T00:00:00Z");
    assertEquals(0, none.exit(), none.err());
    assertTrue(
        none.out().contains("No active assessment has evidence collected since 2999-01-01"),
        none.out());

    Result bad = run("reevaluate", "--since", "last tuesday");
    assertEquals(2, bad.exit(), bad.out());
    assertTrue(bad.err().contains("--since: give an ISO-8601 instant"), bad.err());
  }

  @Test
  void aFailingAssessmentExitsOneAndNamesIt() throws Exception {
    String broken = assessment("cli broken");
    String fine = assessment("cli fine");
    sql("UPDATE assessment SET framework_id = 'retired' WHERE id = '" + broken + "'");

    Result job = run("reevaluate", "--assessments", broken + "," + fine);

    assertEquals(1, job.exit(), job.err() + job.out());
    assertTrue(job.out().contains(" FAILED: 2 of 2 assessments, 1 failed"), job.out());
    assertTrue(job.err().contains("assay: " + broken + ": "), job.err());
    assertTrue(job.err().contains("retired"), job.err());
  }

  @Test
  void anotherActiveJobAndBadOptionsAreRefused() throws Exception {
    String id = assessment("cli busy");
    sql(
        "INSERT INTO reevaluation_job (id, state, active_slot, requested_json, requested_by,"
            + " created_at) VALUES ('other-process', 'RUNNING', 'X', '[]', 'x',"
            + " CURRENT_TIMESTAMP)");
    try {
      Result busy = run("reevaluate", "--assessments", id);
      assertEquals(2, busy.exit(), busy.out());
      assertTrue(busy.err().contains("other-process is queued or running"), busy.err());
    } finally {
      sql("UPDATE reevaluation_job SET state = 'CANCELLED', active_slot = NULL");
    }
    Result candidate = run("reevaluate", "--rules", inverted.toString());
    assertEquals(2, candidate.exit());
    assertTrue(candidate.err().contains("--rules is for --dry-run only"), candidate.err());
    Result unknown = run("reevaluate", "--assessments", "no-such-assessment");
    assertEquals(2, unknown.exit());
    assertTrue(unknown.err().startsWith("assay: no assessment no-such-assessment"), unknown.err());
    Result both = run("reevaluate", "--resume", "x", "--assessments", id);
    assertEquals(2, both.exit());
  }

  void sql(String statement) throws Exception {
    String url = dbUrl();
    try (Connection c =
            url.startsWith("jdbc:h2:")
                ? DriverManager.getConnection(url, "sa", "")
                : DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.executeUpdate(statement);
    }
  }
}
