package dev.assay.cli;

import static dev.assay.cli.EvaluateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.cli.EvaluateCommandTest.Run;
import dev.assay.testing.NotebookSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules validate} and {@code reevaluate --dry-run}, in process, on copies of rules/. */
class RuleChangeCommandTest {

  private static final String RULE =
      "sagemaker_notebook_instance_without_direct_internet_access_configured";
  private static final String CONDITION = "NotebookInstance( directInternetAccess == true )";
  private static final String ARN = "arn:aws:sagemaker:us-east-1:111111111111:notebook-instance/";
  private static final String AT = "2026-11-20T00:00:00Z";

  @TempDir static Path dir;

  private static Path rules;
  private static String secure;

  @BeforeAll
  static void copyRules() throws IOException {
    rules = copy(Path.of("rules"), dir.resolve("rules"));
    secure = Files.readString(rules.resolve("secure.drl"));
    assertTrue(secure.contains(CONDITION), "the rule changed; update the test");
  }

  @Test
  void validRulesExitZero() {
    Run run = run("rules", "validate", "--rules", rules.toString());
    assertEquals(0, run.exit(), run.out() + run.err());
    assertTrue(run.out().startsWith("valid: "), run.out());
  }

  @Test
  void brokenRulesExitOneWithFileAndLine() throws IOException {
    Path broken = copy(rules, dir.resolve("broken"));
    String text = secure + "\nrule \"broken\" when then x = ; end\n";
    Files.writeString(broken.resolve("secure.drl"), text);
    Run run = run("rules", "validate", "--rules", broken.toString());
    assertEquals(1, run.exit(), run.out() + run.err());
    assertTrue(run.out().startsWith("secure.drl:" + text.lines().count() + ":"), run.out());
    assertTrue(run.out().strip().endsWith("1 problem."), run.out());
  }

  @Test
  void aFailingRuleCaseIsAProblem() throws IOException {
    Path cases = Files.createDirectories(dir.resolve("cases/secure"));
    String file = RULE + ".yaml";
    String text = Files.readString(Path.of("src/test/resources/rulecases/secure", file));
    assertTrue(text.contains("has direct internet access enabled."));
    Files.writeString(
        cases.resolve(file), text.replace("has direct internet access enabled.", "is wrong."));
    Run run =
        run(
            "rules",
            "validate",
            "--rules",
            rules.toString(),
            "--cases",
            dir.resolve("cases").toString());
    assertEquals(1, run.exit(), run.out() + run.err());
    assertTrue(run.out().startsWith("secure/" + file + ": " + RULE + ": "), run.out());
  }

  @Test
  void anUnknownOptionIsUsage() {
    assertEquals(2, run("rules", "validate", "--no-such-option").exit());
  }

  @Test
  void aDryRunPrintsTheStatusChangesAsJson() throws IOException {
    Path candidate = copy(rules, dir.resolve("candidate"));
    Files.writeString(
        candidate.resolve("secure.drl"),
        secure.replace(CONDITION, "NotebookInstance( directInternetAccess == false )"));
    Path snapshot = NotebookSnapshot.write(dir.resolve("snapshot"));
    Run run =
        run(
            "reevaluate",
            "--dry-run",
            "--input",
            snapshot.toString(),
            "--rules",
            candidate.toString(),
            "--current-rules",
            rules.toString(),
            "--format",
            "json",
            "--at",
            AT);
    assertEquals(0, run.exit(), run.err());
    JsonNode diff = new ObjectMapper().readTree(run.out());
    JsonNode changes = diff.get("changes");
    // nb-open had direct internet access and now passes; nb-closed did not and now fails.
    assertEquals(RULE, changes.get(0).get("ruleId").asText());
    assertEquals(ARN + "nb-closed", changes.get(0).get("resourceArn").asText());
    assertEquals("PASS", changes.get(0).get("from").asText());
    assertEquals("FAIL", changes.get(0).get("to").asText());
    assertEquals(ARN + "nb-open", changes.get(1).get("resourceArn").asText());
    assertEquals("FAIL", changes.get(1).get("from").asText());
    assertEquals("PASS", changes.get(1).get("to").asText());
    assertEquals(2, diff.get("counts").get("findings").asInt(), run.out());
    assertEquals(1, diff.get("counts").get("transitions").get("FAIL->PASS").asInt(), run.out());
    for (int i = 2; i < changes.size(); i++) {
      assertTrue(changes.get(i).get("ruleId").isNull(), changes.get(i).toString());
      assertTrue(changes.get(i).has("controlId"), changes.get(i).toString());
    }

    Run table =
        run(
            "reevaluate",
            "--dry-run",
            "--input",
            snapshot.toString(),
            "--rules",
            candidate.toString(),
            "--current-rules",
            rules.toString(),
            "--at",
            AT);
    assertEquals(0, table.exit(), table.err());
    assertTrue(table.out().contains("FAIL     -> PASS      finding  " + RULE), table.out());
  }

  @Test
  void aDryRunOverTheStoreDiffsTheLatestRunsEvidence() throws IOException {
    String db =
        "--db=jdbc:h2:file:"
            + dir.resolve("store/assay").toAbsolutePath()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    Run created =
        run(
            "assessments",
            "create",
            "--name",
            "dry run",
            "--framework",
            "genai-starter",
            "--accounts",
            "111111111111",
            "--regions",
            "us-east-1",
            "--owner",
            "a@example.com",
            "--input",
            NotebookSnapshot.write(dir.resolve("stored")).toString(),
            "--rules",
            rules.toString(),
            db);
    assertEquals(0, created.exit(), created.err() + created.out());
    String[] lines = created.out().strip().split("\n");
    String id = lines[lines.length - 1].strip();

    Path candidate = copy(rules, dir.resolve("stored-candidate"));
    Files.writeString(
        candidate.resolve("secure.drl"),
        secure.replace(CONDITION, "NotebookInstance( directInternetAccess == false )"));
    Run run =
        run(
            "reevaluate",
            "--dry-run",
            "--assessments",
            id,
            "--rules",
            candidate.toString(),
            "--current-rules",
            rules.toString(),
            "--format",
            "json",
            db);
    assertEquals(0, run.exit(), run.err());
    JsonNode changes = new ObjectMapper().readTree(run.out()).get("changes");
    assertEquals(id, changes.get(0).get("assessmentId").asText());
    assertEquals(ARN + "nb-closed", changes.get(0).get("resourceArn").asText());
    assertEquals("PASS", changes.get(0).get("from").asText());
    assertEquals(ARN + "nb-open", changes.get(1).get("resourceArn").asText());
    assertEquals("FAIL", changes.get(1).get("from").asText());
  }

  @Test
  void aDryRunWithoutChangesPrintsNone() throws IOException {
    Path snapshot = NotebookSnapshot.write(dir.resolve("same"));
    Run run =
        run(
            "reevaluate",
            "--dry-run",
            "--input",
            snapshot.toString(),
            "--rules",
            rules.toString(),
            "--current-rules",
            rules.toString(),
            "--format",
            "json",
            "--at",
            AT);
    assertEquals(0, run.exit(), run.err());
    JsonNode diff = new ObjectMapper().readTree(run.out());
    assertEquals(0, diff.get("changes").size(), run.out());
  }

  @Test
  void candidateRulesWithoutDryRunAreUsage() {
    Run run = run("reevaluate", "--rules", rules.toString(), "--input", ".");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("--dry-run"), run.err());
  }

  private static Path copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
    return to;
  }
}
