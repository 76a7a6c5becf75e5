package dev.assay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code report create|verify|public-key} in-process on an embedded database. */
class ReportCommandTest {

  @TempDir static Path temp;
  static final String DB =
      "jdbc:h2:mem:report-cli-"
          + UUID.randomUUID()
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  record Result(int exit, String out, String err) {
    String lastLine() {
      String[] lines = out.strip().split("\n");
      return lines[lines.length - 1].strip();
    }
  }

  @BeforeAll
  static void settings() {
    System.setProperty("assay.reports.key-dir", temp.resolve("keys").toString());
    System.setProperty("assay.assessments.blob-dir", temp.resolve("blobs").toString());
    System.setProperty("assay.assessments.snapshot-dir", temp.resolve("snapshots").toString());
  }

  @AfterAll
  static void clear() {
    System.clearProperty("assay.reports.key-dir");
    System.clearProperty("assay.assessments.blob-dir");
    System.clearProperty("assay.assessments.snapshot-dir");
    System.clearProperty("assay.reports.max-evidence-items");
  }

  static Result run(boolean store, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    if (store) {
      all.add("--db=" + DB);
      all.add("--by=tester");
    }
    CommandLine cli = Cli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(all.toArray(String[]::new));
    return new Result(exit, out.toString(), err.toString());
  }

  @Test
  void createsVerifiesAndNamesTampering() throws Exception {
    Result created =
        run(
            true,
            "assessments",
            "create",
            "--name",
            "CLI report",
            "--framework",
            "genai-starter",
            "--accounts",
            "111111111111",
            "--regions",
            "us-east-1",
            "--owner",
            "alice@example.com",
            "--input",
            "examples/snapshot");
    assertEquals(0, created.exit(), created.err() + created.out());
    String id = created.lastLine();

    Path zip = temp.resolve("out/report.zip");
    Result report = run(true, "report", "create", id, "--output", zip.toString());
    assertEquals(0, report.exit(), report.err() + report.out());
    assertEquals(zip.toAbsolutePath().toString(), report.lastLine());

    Result ok = run(false, "report", "verify", zip.toString());
    assertEquals(0, ok.exit(), ok.err() + ok.out());
    assertTrue(ok.out().contains("verifies"), ok.out());

    Result key = run(false, "report", "public-key");
    assertEquals(0, key.exit());
    Path pem = Files.writeString(temp.resolve("mine.pem"), key.out());
    assertEquals(
        0, run(false, "report", "verify", zip.toString(), "--public-key", pem.toString()).exit());

    Path tampered =
        dev.assay.report.ReportTestAccess.dropEntry(zip, temp.resolve("t.zip"), "summary.pdf");
    Result bad = run(false, "report", "verify", tampered.toString());
    assertEquals(1, bad.exit(), bad.out());
    assertTrue(bad.out().contains("missing file summary.pdf"), bad.out());

    System.setProperty("assay.reports.key-dir", temp.resolve("other-keys").toString());
    Path otherPem =
        Files.writeString(temp.resolve("other.pem"), run(false, "report", "public-key").out());
    System.setProperty("assay.reports.key-dir", temp.resolve("keys").toString());
    Result wrong =
        run(false, "report", "verify", zip.toString(), "--public-key", otherPem.toString());
    assertEquals(1, wrong.exit(), wrong.out());
    assertTrue(wrong.out().contains("wrong key"), wrong.out());

    Path text = Files.writeString(temp.resolve("text.zip"), "not a zip");
    Result unusable = run(false, "report", "verify", text.toString());
    assertEquals(2, unusable.exit(), unusable.out());
    assertTrue(unusable.err().startsWith("assay: "), unusable.err());
    assertEquals(2, run(false, "report", "verify", temp.resolve("none.zip").toString()).exit());

    System.setProperty("assay.reports.max-evidence-items", "1");
    Result quota = run(true, "report", "create", id, "--output", temp.resolve("q.zip").toString());
    System.clearProperty("assay.reports.max-evidence-items");
    assertEquals(2, quota.exit(), quota.out());
    assertEquals(1, quota.err().strip().lines().count(), quota.err());
    assertTrue(quota.err().contains("evidence items, more than the 1"), quota.err());
    assertFalse(Files.exists(temp.resolve("q.zip")));
  }
}
