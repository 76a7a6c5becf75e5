package dev.assay.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The {@code assessments} and {@code evidence} commands, in-process, each invocation opening the
 * store afresh as separate processes would. Subclasses give the database.
 */
abstract class AssessmentCliContract {

  @TempDir Path temp;

  /** The JDBC URL every invocation of one test uses. */
  abstract String dbUrl();

  record Result(int exit, String out, String err) {
    String lastLine() {
      String[] lines = out.strip().split("\n");
      return lines[lines.length - 1].strip();
    }
  }

  Result run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--db=" + dbUrl());
    all.add("--by=tester");
    CommandLine cli = Cli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(all.toArray(String[]::new));
    return new Result(exit, out.toString(), err.toString());
  }

  @Test
  void theWholeWorkflowOnOneStore() throws Exception {
    Result created =
        run(
            "assessments",
            "create",
            "--name",
            "CLI prod",
            "--framework",
            "genai-starter",
            "--accounts",
            "111111111111,222222222222",
            "--regions",
            "us-east-1,eu-west-1",
            "--owner",
            "alice@example.com",
            "--input",
            "examples/snapshot");
    assertEquals(0, created.exit(), created.err() + created.out());
    String id = created.lastLine();
    assertTrue(id.matches("[0-9a-f-]{36}"), created.out());
    assertTrue(created.out().contains("#1 SUCCEEDED"), created.out());

    Result list = run("assessments", "list");
    assertEquals(0, list.exit(), list.err());
    assertTrue(list.out().contains(id) && list.out().contains("CLI prod"), list.out());

    Result table = run("assessments", "show", id);
    assertEquals(0, table.exit(), table.err());
    assertTrue(table.out().contains("Non-compliant resources:"), table.out());
    assertTrue(table.out().contains("STARTER-PRI-02  OPEN"), table.out());

    Result text =
        run(
            "evidence",
            "upload",
            id,
            "--control",
            "STARTER-PRI-02",
            "--text",
            "Procedure DP-7 covers notification.");
    assertEquals(0, text.exit(), text.err());
    Path pdf = Files.writeString(temp.resolve("rca.pdf"), "%PDF root cause analysis");
    Result file =
        run("evidence", "upload", id, "--control", "STARTER-ACC-02", "--file", pdf.toString());
    assertEquals(0, file.exit(), file.err());
    assertTrue(file.out().contains("MANUAL_FILE"), file.out());

    Result collected = run("assessments", "collect", id);
    assertEquals(0, collected.exit(), collected.err());
    assertTrue(collected.out().contains("#2 SUCCEEDED"), collected.out());

    JsonNode summary =
        new ObjectMapper().readTree(run("assessments", "show", id, "--format", "json").out());
    assertEquals("SUCCEEDED", summary.get("lastRun").get("status").asText());
    assertFalse(summary.get("tasks").toString().contains("STARTER-PRI-02"), summary.toString());
    assertFalse(summary.get("tasks").toString().contains("STARTER-ACC-02"), summary.toString());
    assertTrue(summary.get("lastRun").get("finishedAt").isTextual());

    Result verified = run("evidence", "verify", id);
    assertEquals(0, verified.exit(), verified.err() + verified.out());
    assertTrue(verified.out().contains("verifies"), verified.out());

    tamper("UPDATE evidence SET source = 'forged' WHERE assessment_id = '" + id + "' AND seq = 2");
    Result broken = run("evidence", "verify", id);
    assertEquals(1, broken.exit(), broken.out());
    assertTrue(broken.out().contains("item 2 ("), broken.out());

    Result unknown = run("evidence", "upload", id, "--control", "NOPE-1", "--text", "x");
    assertEquals(2, unknown.exit());
    assertTrue(unknown.err().contains("has no control NOPE-1"), unknown.err());

    Result done = run("assessments", "status", id, "--set", "INACTIVE");
    assertEquals(0, done.exit(), done.err());
    Result late = run("evidence", "upload", id, "--control", "STARTER-PRI-02", "--text", "late");
    assertEquals(2, late.exit());
    assertTrue(late.err().contains("INACTIVE"), late.err());
  }

  @Test
  void refusalsExitTwo() {
    Result bad =
        run(
            "assessments",
            "create",
            "--name",
            "x",
            "--accounts",
            "123",
            "--regions",
            "us-east-1",
            "--no-collect");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("account ID must be 12 digits: 123"), bad.err());
    Result missing = run("assessments", "show", "no-such-assessment");
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("no assessment no-such-assessment"), missing.err());
    Result both = run("evidence", "upload", "x", "--control", "C", "--text", "t", "--file", "f");
    assertEquals(2, both.exit());
  }

  private void tamper(String sql) throws Exception {
    try (Connection c =
            dbUrl().startsWith("jdbc:h2")
                ? DriverManager.getConnection(dbUrl(), "sa", "")
                : DriverManager.getConnection(dbUrl());
        Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }
}
