package dev.assay.cli;

import static dev.assay.cli.EvaluateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.cli.EvaluateCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assay rules test} and {@code assay rules list}, run in process on a one-rule base. */
class RulesCommandTest {

  @TempDir Path dir;

  private String rules;
  private String cases;
  private Path caseFile;

  @BeforeEach
  void writeRules() throws IOException {
    MinimalRules.write(dir);
    rules = dir.resolve("rules").toString();
    cases = dir.resolve("cases").toString();
    caseFile = dir.resolve("cases/secure/" + MinimalRules.RULE + ".yaml");
  }

  @Test
  void passingAndCoveredExitsZero() {
    Run run = run("rules", "test", "--rules", rules, "--cases", cases);
    assertEquals(0, run.exit(), run.out() + run.err());
    assertTrue(
        run.out()
            .lines()
            .anyMatch(
                l ->
                    l.startsWith("ok   " + MinimalRules.RULE)
                        && l.contains("cases  4  fired in  1  silent in  3")),
        run.out());
    assertTrue(run.out().contains("4 of 4 cases passed; 1 of 1 rules fired and silent"), run.out());
  }

  @Test
  void aFailedCaseShowsItsDifferencesAndExitsOne() throws IOException {
    Files.writeString(
        caseFile,
        MinimalRules.CASES.replace(
            "reason: Notebook instance nb-open gives its users root access.",
            "reason: Notebook instance nb-open is open."));
    Run run = run("rules", "test", "--rules", rules, "--cases", cases);
    assertEquals(1, run.exit(), run.out());
    assertTrue(
        run.out()
            .contains(
                "FAILED  "
                    + MinimalRules.RULE
                    + ": root access enabled fails"
                    + " (secure/"
                    + MinimalRules.RULE
                    + ".yaml)"),
        run.out());
    assertTrue(
        run.out()
            .contains(
                "expected \"Notebook instance nb-open is open.\" but was"
                    + " \"Notebook instance nb-open gives its users root access.\""),
        run.out());
  }

  @Test
  void aRuleNoCaseFiresExitsOneWithItsGapInJson() throws IOException {
    String withoutViolation =
        MinimalRules.CASES.substring(
            0, MinimalRules.CASES.indexOf("  - name: root access enabled fails"));
    Files.writeString(caseFile, withoutViolation);
    Run run = run("rules", "test", "--rules", rules, "--cases", cases, "--format", "json");
    assertEquals(1, run.exit(), run.out());
    JsonNode doc = new ObjectMapper().readTree(run.out());
    assertFalse(doc.get("passed").asBoolean());
    assertEquals(2, doc.get("summary").get("passedCases").asInt());
    assertEquals(0, doc.get("summary").get("coveredRules").asInt());
    JsonNode coverage = doc.get("coverage").get(0);
    assertEquals(MinimalRules.RULE, coverage.get("ruleId").asText());
    assertEquals(0, coverage.get("firedIn").asInt());
    assertFalse(coverage.get("covered").asBoolean());
    assertTrue(coverage.get("gaps").asText().contains("never fired"), coverage.toString());
  }

  @Test
  void jsonOfAPassingRunListsCoverage() throws IOException {
    Run run = run("rules", "test", "--rules", rules, "--cases", cases, "--format", "json");
    assertEquals(0, run.exit(), run.out());
    JsonNode doc = new ObjectMapper().readTree(run.out());
    assertTrue(doc.get("passed").asBoolean());
    assertEquals(0, doc.get("failures").size());
    assertEquals(0, doc.get("problems").size());
    assertTrue(doc.get("coverage").get(0).get("covered").asBoolean());
  }

  @Test
  void unreadableCasesExitTwo() throws IOException {
    Files.writeString(dir.resolve("cases/secure/no_such_rule_here.yaml"), "cases: [");
    Run run = run("rules", "test", "--rules", rules, "--cases", cases);
    assertEquals(2, run.exit(), run.out());
    assertTrue(run.out().contains("PROBLEM secure/no_such_rule_here.yaml"), run.out());
  }

  @Test
  void aMissingCasesDirectoryExitsTwo() {
    Run run = run("rules", "test", "--rules", rules, "--cases", dir.resolve("nope").toString());
    assertEquals(2, run.exit());
    assertTrue(run.out().contains("rule cases directory not found"), run.out());
  }

  @Test
  void aBrokenRuleBaseExitsTwo() throws IOException {
    Path secure = dir.resolve("rules/secure.drl");
    Files.writeString(secure, Files.readString(secure).replace("rootAccess ==", "rootAcess =="));
    Run run = run("rules", "test", "--rules", rules, "--cases", cases);
    assertEquals(2, run.exit());
    assertTrue(run.err().startsWith("assay: rule base rejected"), run.err());
  }

  @Test
  void theDefaultCasesDirectoryIsInTheHelp() {
    Run run = run("rules", "test", "--help");
    assertEquals(0, run.exit());
    assertTrue(run.out().contains("src/test/resources/rulecases"), run.out());
  }

  @Test
  void listPrintsTheCatalogue() throws IOException {
    Run table = run("rules", "list", "--rules", rules);
    assertEquals(0, table.exit(), table.err());
    assertTrue(
        table
            .out()
            .lines()
            .anyMatch(
                l ->
                    l.startsWith(MinimalRules.RULE)
                        && l.contains("secure")
                        && l.contains("medium")
                        && l.contains("NotebookInstance")
                        && l.endsWith("SageMaker notebook instances do not grant root access")),
        table.out());
    assertTrue(table.out().contains("1 rules"), table.out());

    Run json = run("rules", "list", "--rules", rules, "--format", "json");
    JsonNode rule = new ObjectMapper().readTree(json.out()).get(0);
    assertEquals(MinimalRules.RULE, rule.get("id").asText());
    assertEquals("secure.drl", rule.get("file").asText());
    assertTrue(rule.get("line").asInt() > 0);
  }

  @Test
  void listOfTheShippedRulesWorks() {
    Run run = run("rules", "list");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("bedrock_model_invocation_logging_enabled"), run.out());
  }
}
