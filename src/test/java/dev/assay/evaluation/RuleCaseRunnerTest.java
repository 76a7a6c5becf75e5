package dev.assay.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.rules.RuleBase;
import dev.assay.rules.RuleBaseLoader;
import dev.assay.rules.ShippedRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule case machinery itself: loading, comparing, reporting and coverage. It runs on a small,
 * fixed rule base (the root-access and Clarify rules) so it does not change as the catalogue grows.
 */
class RuleCaseRunnerTest {

  private static RuleBase fixture;

  private static final String RULE = "sagemaker_notebook_instance_root_access_disabled";
  private static final String ARN = "arn:aws:sagemaker:us-east-1:111111111111:notebook-instance/";
  private static final String NOTEBOOKS =
      """
          - service: sagemaker
            operation: ListNotebookInstances
            response:
              NotebookInstances:
                - {NotebookInstanceName: nb-a, NotebookInstanceArn: "%1$snb-a"}
          - service: sagemaker
            operation: DescribeNotebookInstance
            suffix: nb-a
            response:
              NotebookInstanceArn: %1$snb-a
              NotebookInstanceName: nb-a
              SubnetId: subnet-1
              KmsKeyId: alias/k
              DirectInternetAccess: Disabled
              RootAccess: Enabled
      """
          .formatted(ARN);

  private RuleCaseRunner runner;

  @BeforeAll
  static void compileOnce() {
    fixture = new RuleBaseLoader().load(ShippedRules.SMALL_RULES);
  }

  @BeforeEach
  void runner() {
    runner = new RuleCaseRunner(fixture);
  }

  @TempDir Path cases;

  @Test
  void aPassingCasePasses() throws IOException {
    write(
        "secure/" + RULE + ".yaml",
        """
        cases:
          - name: root access fails
            responses:
        %s
            fired: [sagemaker_clarify_exists, %s]
            expect:
              - resourceArn: %snb-a
                status: fail
                reason: Notebook instance nb-a gives its users root access.
        """
            .formatted(NOTEBOOKS, RULE, ARN));

    RuleCaseReport report = runner.run(cases);

    assertTrue(report.passed(), () -> String.join("\n", report.lines()));
    RuleCaseResult result = report.results().get(0);
    assertEquals(RULE + ": root access fails", result.displayName());
    assertEquals("secure/" + RULE + ".yaml", result.file());
    assertEquals(1, result.findings().size());
  }

  @Test
  void aFailingCaseSaysWhatDiffers() throws IOException {
    write(
        "secure/" + RULE + ".yaml",
        """
        cases:
          - name: wrong on purpose
            responses:
        %s
            fired: [sagemaker_clarify_exists, no_such_rule]
            expect:
              - {resourceArn: "%2$snb-a", status: FAIL, reason: Something else.}
              - {resourceArn: "%2$snb-b", status: PASS}
        """
            .formatted(NOTEBOOKS, ARN));

    RuleCaseReport report = runner.run(cases);

    assertFalse(report.passed());
    List<String> differences = report.results().get(0).differences();
    assertHas(
        differences,
        d -> d.equals("fired: expected no_such_rule to fire, it did not (no rule has that ID)"));
    assertHas(differences, d -> d.equals("fired: " + RULE + " fired, the case does not list it"));
    assertHas(
        differences,
        d ->
            d.equals(
                "reason of FAIL "
                    + ARN
                    + "nb-a: expected \"Something else.\" but was \"Notebook instance"
                    + " nb-a gives its users root access.\""));
    assertHas(differences, d -> d.equals("missing finding: PASS " + ARN + "nb-b"));
    assertTrue(
        String.join("\n", report.lines()).contains("FAILED  " + RULE + ": wrong on purpose"));
  }

  @Test
  void unexpectedFindingsAndTyposInOperationsFailTheCase() throws IOException {
    write(
        "secure/" + RULE + ".yaml",
        """
        cases:
          - name: typo
            responses:
              - {service: sagemaker, operation: ListNotebookInstance, response: {NotebookInstances: []}}
            fired: []
            expect: []
        """);

    List<String> differences = runner.run(cases).results().get(0).differences();

    assertHas(
        differences,
        d ->
            d.equals(
                "cases[0] (typo): responses[0]: no rule reads sagemaker ListNotebookInstance (a typo?)"));
    assertHas(
        differences,
        d ->
            d.startsWith(
                "unexpected finding: ERROR "
                    + ARN
                    + "* \"Could not read"
                    + " sagemaker ListNotebookInstances in account 111111111111 region us-east-1 (not collected)"));
  }

  @Test
  void anInvalidResponseFailsTheCaseNamingTheEntry() throws IOException {
    write(
        "secure/" + RULE + ".yaml",
        """
        background:
          - {service: sagemaker, operation: ListNotebookInstances, response: {NotebookInstances: []}}
        cases:
          - name: both response and error
            responses:
              - service: sagemaker
                operation: DescribeNotebookInstance
                response: {}
                error: {Code: AccessDenied}
            fired: []
            expect: []
        """);

    List<String> differences = runner.run(cases).results().get(0).differences();

    assertEquals(
        List.of(
            "cases[0] (both response and error): responses[0]: exactly one of \"response\" or"
                + " \"error\" is required"),
        differences);
  }

  @Test
  void theBackgroundIsSharedAndACaseCanReplaceOrDropIt() throws IOException {
    write(
        "secure/" + RULE + ".yaml",
        """
        background:
          - {service: sagemaker, operation: ListNotebookInstances, response: {NotebookInstances: []}}
        cases:
          - name: background only
            responses: []
            fired: []
            expect: [{resourceArn: "%1$s*", status: NOT_APPLICABLE}]
          - name: replaced
            responses:
              - {service: sagemaker, operation: ListNotebookInstances, error: {Code: AccessDeniedException, Message: no}}
            fired: []
            expect: [{resourceArn: "%1$s*", status: ERROR}]
          - name: dropped
            background: false
            responses:
              - {service: bedrock, operation: ListGuardrails, response: {guardrails: []}}
            fired: []
            expect: [{resourceArn: "%1$s*", status: ERROR, reason: "Could not read sagemaker ListNotebookInstances in account 111111111111 region us-east-1 (not collected)."}]
        """
            .formatted(ARN));

    RuleCaseReport report = runner.run(cases);

    assertTrue(report.passed(), () -> String.join("\n", report.lines()));
    RuleCaseFile file = new RuleCaseLoader().load(cases, new java.util.ArrayList<>()).get(0);
    assertEquals(List.of("background[0]"), file.cases().get(0).labels());
    assertEquals(List.of("cases[1] (replaced): responses[0]"), file.cases().get(1).labels());
  }

  @Test
  void nowAndParametersReachTheRules() throws IOException {
    write(
        "secure/" + RULE + ".yaml",
        """
        now: 2027-01-01T00:00:00Z
        parameters: {max_days: 30}
        cases:
          - name: file defaults
            responses: [{service: sagemaker, operation: ListNotebookInstances, response: {NotebookInstances: []}}]
            fired: []
            expect: [{resourceArn: "%1$s*", status: NOT_APPLICABLE}]
          - name: case overrides
            now: 2027-02-01T12:00:00+01:00
            parameters: {max_days: 7, regions: [us-east-1], ratio: 0.5, label: x}
            responses: [{service: sagemaker, operation: ListNotebookInstances, response: {NotebookInstances: []}}]
            fired: []
            expect: [{resourceArn: "%1$s*", status: NOT_APPLICABLE}]
        """
            .formatted(ARN));

    List<String> problems = new java.util.ArrayList<>();
    List<RuleCase> loaded = new RuleCaseLoader().load(cases, problems).get(0).cases();

    assertEquals(List.of(), problems);
    assertEquals(Instant.parse("2027-01-01T00:00:00Z"), loaded.get(0).now());
    assertEquals(30L, loaded.get(0).parameters().get("max_days"));
    assertEquals(Instant.parse("2027-02-01T11:00:00Z"), loaded.get(1).now());
    assertEquals(7L, loaded.get(1).parameters().get("max_days"));
    assertEquals(List.of("us-east-1"), loaded.get(1).parameters().get("regions"));
    assertEquals(0.5, loaded.get(1).parameters().get("ratio"));
    assertTrue(runner.run(cases).passed());
  }

  @Test
  void aCaseWithoutNowUsesAFixedClock() throws IOException {
    write(
        "secure/" + RULE + ".yaml",
        """
        cases:
          - name: default clock
            responses: [{service: sagemaker, operation: ListNotebookInstances, response: {NotebookInstances: []}}]
            fired: []
            expect: []
        """);

    RuleCase loaded =
        new RuleCaseLoader().load(cases, new java.util.ArrayList<>()).get(0).cases().get(0);

    assertEquals(RuleCaseLoader.DEFAULT_NOW, loaded.now());
    assertEquals("111111111111", loaded.responses().get(0).accountId());
    assertEquals("us-east-1", loaded.responses().get(0).region());
  }

  @Test
  void mistakesInCaseFilesAreProblemsNamingFileAndPlace() throws IOException {
    write("secure/" + RULE + ".yaml", "cases:\n  - name: [unclosed\n");
    write(
        "secure/no_such_rule.yaml",
        "cases:\n  - {name: a, responses: [], fired: [], expect: []}\n");
    write(
        "privacy/sagemaker_clarify_exists.yaml",
        "cases:\n  - {name: a, responses: [], fired: [], expect: []}\n");
    write(
        "sagemaker_notebook_instance_encryption_enabled.yaml",
        "cases:\n  - {name: a, responses: [], fired: [], expect: []}\n");
    write(
        "secure/sagemaker_notebook_instance_without_direct_internet_access_configured.yml",
        "cases: []\n");
    write(
        "safe/bedrock_guardrails_configured.yaml",
        """
        rule: bedrock_guardrail_prompt_attack_filter_enabled
        colour: blue
        cases:
          - name: one
            responses: [{service: bedrock, operation: ListGuardrails, respons: {}}]
            fired: []
            expect: [{resourceArn: x, status: GREEN}]
          - name: one
            responses: []
            expect: [{status: PASS}]
          - {responses: []}
          - name: bad clock
            now: yesterday
            responses: []
            fired: bedrock_guardrails_configured
            expect: []
        """);

    RuleCaseReport report = runner.run(cases);
    List<String> problems = report.problems();

    assertHas(problems, p -> p.startsWith("secure/" + RULE + ".yaml:2: not valid YAML"));
    assertHas(
        problems, p -> p.equals("secure/no_such_rule.yaml: no rule no_such_rule in the rule base"));
    assertHas(
        problems,
        p ->
            p.equals(
                "privacy/sagemaker_clarify_exists.yaml: rule sagemaker_clarify_exists is in fair.drl; move"
                    + " the file to fair/sagemaker_clarify_exists.yaml"));
    assertHas(
        problems,
        p ->
            p.equals(
                "sagemaker_notebook_instance_encryption_enabled.yaml: must sit"
                    + " in its rule's domain folder: <domain>/<rule_id>.yaml"));
    assertHas(problems, p -> p.endsWith(".yml: rule case files end in .yaml"));
    String safe = "safe/bedrock_guardrails_configured.yaml: ";
    assertHas(
        problems,
        p ->
            p.equals(
                safe
                    + "rule: names bedrock_guardrail_prompt_attack_filter_enabled"
                    + " but the file is named for bedrock_guardrails_configured"));
    assertHas(problems, p -> p.startsWith(safe + "unknown key \"colour\""));
    assertHas(
        problems,
        p -> p.startsWith(safe + "cases[0] (one): responses[0]: unknown key \"respons\""));
    assertHas(
        problems,
        p ->
            p.equals(
                safe
                    + "cases[0] (one): expect[0]: \"status\" must be one of PASS,"
                    + " FAIL, ERROR, NOT_APPLICABLE, not \"GREEN\""));
    assertHas(problems, p -> p.equals(safe + "cases[1]: another case is already named \"one\""));
    assertHas(problems, p -> p.equals(safe + "cases[1] (one): \"fired\" is required"));
    assertHas(
        problems, p -> p.equals(safe + "cases[1] (one): expect[0]: \"resourceArn\" is required"));
    assertHas(problems, p -> p.equals(safe + "cases[2]: \"name\" is required"));
    assertHas(
        problems,
        p -> p.startsWith(safe + "cases[3] (bad clock): now: \"now\" must be an ISO-8601"));
    assertHas(
        problems,
        p ->
            p.equals(
                safe
                    + "cases[3] (bad clock): fired: expected a list of rule IDs"
                    + " ([] for none)"));
    assertFalse(report.passed());
  }

  @Test
  void coverageCountsFiredAndSilentCasesPerRule() throws IOException {
    write(
        "secure/" + RULE + ".yaml",
        """
        cases:
          - name: fires
            responses:
        %s
            fired: [sagemaker_clarify_exists, %s]
            expect: [{resourceArn: "%snb-a", status: FAIL}]
          - name: silent
            responses: [{service: sagemaker, operation: ListNotebookInstances, response: {NotebookInstances: []}}]
            fired: []
            expect: [{resourceArn: "%4$s*", status: NOT_APPLICABLE}]
          - name: broken, so not counted
            responses: [{service: sagemaker, operation: ListNotebookInstances, response: {NotebookInstances: []}}]
            fired: [%2$s]
            expect: []
        """
            .formatted(NOTEBOOKS, RULE, ARN, ARN));

    RuleCaseReport report = runner.run(cases);
    RuleCaseCoverage root = report.coverage().get(RULE);
    RuleCaseCoverage clarify = report.coverage().get("sagemaker_clarify_exists");
    assertEquals(fixture.rules().keySet(), report.coverage().keySet());
    assertEquals(3, root.cases());
    assertEquals(1, root.firedIn());
    assertEquals(1, root.silentIn());
    assertTrue(root.covered());
    assertTrue(root.hasEmptyCase());
    assertTrue(root.hasViolatingCase());
    assertFalse(root.hasCompliantCase());
    assertFalse(root.hasErrorCase());
    assertEquals("no compliant case, no error case", root.gaps());
    assertTrue(clarify.covered(), "fired by the notebook case of another rule's file");
    assertNull(clarify.caseFile());
    assertEquals(0, clarify.cases());
    assertEquals("no case file", clarify.gaps());
    assertEquals(List.of(clarify), report.uncovered());
    assertHas(report.lines(), l -> l.startsWith("GAP  sagemaker_clarify_exists"));
    assertHas(
        report.lines(),
        l -> l.startsWith("GAP  " + RULE) && l.endsWith("(no compliant case, no error case)"));
    assertHas(
        report.lines(),
        l ->
            l.equals(
                "2 of 3 cases passed; 2 of 2 rules fired and silent in some case; 0 problems."));
  }

  @Test
  void aMissingDirectoryIsAProblem() {
    RuleCaseReport report = runner.run(cases.resolve("nowhere"));

    assertEquals(
        List.of(cases.resolve("nowhere") + ": rule cases directory not found"), report.problems());
    assertFalse(report.passed());
  }

  private void write(String relative, String content) throws IOException {
    Path file = cases.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private static void assertHas(List<String> lines, Predicate<String> expected) {
    assertTrue(
        lines.stream().anyMatch(expected), () -> "not found in:\n" + String.join("\n", lines));
  }
}
