package dev.assay.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.framework.Control;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AWS Config and Security Hub results count for the controls that name their check as a data
 * source, as Audit Manager's controls take compliance-check evidence only from their keywords.
 */
class CheckEvidenceTest {

  private static final String CONFIG_RULE = "arn:aws:config:us-east-1:111111111111:config-rule/";
  private static AssayEngine engine;

  @BeforeAll
  static void load() {
    engine = AssayEngine.load(Path.of("rules"), Path.of("frameworks"), "genai-best-practices-v2");
  }

  private static void write(Path dir, String file, String json) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(file), json);
  }

  private static String finding(String control, String resource) {
    return "{\"Id\": \"arn:aws:securityhub:us-east-1:111111111111:security-control/"
        + control
        + "/finding/1\", \"AwsAccountId\": \"111111111111\", \"Region\": \"us-east-1\","
        + " \"Title\": \"t\", \"Compliance\": {\"Status\": \"FAILED\", \"SecurityControlId\": \""
        + control
        + "\"}, \"RecordState\": \"ACTIVE\", \"Resources\": [{\"Type\": \"Other\", \"Id\": \""
        + resource
        + "\"}]}";
  }

  private static final String PROD_COUNT_DETAILS =
      "{\"request\": {\"ConfigRuleName\": \"prod-count\"}, \"response\": {\"EvaluationResults\":"
          + " [{\"EvaluationResultIdentifier\": {\"EvaluationResultQualifier\":"
          + " {\"ConfigRuleName\": \"prod-count\", \"ResourceType\":"
          + " \"AWS::SageMaker::EndpointConfig\", \"ResourceId\": \"ep-single\"}},"
          + " \"ComplianceType\": \"NON_COMPLIANT\"}]}}";

  private static EvaluationResult evaluate(Path tmp) throws IOException {
    return evaluate(tmp, PROD_COUNT_DETAILS);
  }

  /**
   * One NON_COMPLIANT Config rule (prod-count, with {@code prodCountDetails} as its details file,
   * none when {@code null}), a COMPLIANT one (nb-inet) and two Security Hub findings.
   */
  private static EvaluationResult evaluate(Path tmp, String prodCountDetails) throws IOException {
    Path dir = tmp.resolve("111111111111/us-east-1");
    write(
        dir,
        "config.DescribeConfigRules.json",
        "{\"ConfigRules\": [{\"ConfigRuleName\": \"prod-count\", \"ConfigRuleArn\": \""
            + CONFIG_RULE
            + "prod-count\", \"Source\": {\"Owner\": \"AWS\", \"SourceIdentifier\":"
            + " \"SAGEMAKER_ENDPOINT_CONFIG_PROD_INSTANCE_COUNT\"}},"
            + " {\"ConfigRuleName\": \"nb-inet\", \"ConfigRuleArn\": \""
            + CONFIG_RULE
            + "nb-inet\", \"Source\": {\"Owner\": \"AWS\", \"SourceIdentifier\":"
            + " \"SAGEMAKER_NOTEBOOK_NO_DIRECT_INTERNET_ACCESS\"}}]}");
    write(
        dir,
        "config.DescribeComplianceByConfigRule.json",
        "{\"ComplianceByConfigRules\": [{\"ConfigRuleName\": \"prod-count\", \"Compliance\":"
            + " {\"ComplianceType\": \"NON_COMPLIANT\"}}, {\"ConfigRuleName\": \"nb-inet\","
            + " \"Compliance\": {\"ComplianceType\": \"COMPLIANT\"}}]}");
    if (prodCountDetails != null) {
      write(dir, "config.GetComplianceDetailsByConfigRule_prod-count.json", prodCountDetails);
    }
    write(
        dir,
        "securityhub.DescribeHub.json",
        "{\"HubArn\": \"arn:aws:securityhub:us-east-1:111111111111:hub/default\"}");
    write(
        dir,
        "securityhub.GetFindings.json",
        "{\"Findings\": ["
            + finding(
                "BedrockAgentCore.1",
                "arn:aws:bedrock-agentcore:us-east-1:111111111111:runtime/rt-1")
            + ", "
            + finding("SageMaker.99", "arn:aws:sagemaker:us-east-1:111111111111:endpoint/e")
            + "]}");
    return engine.evaluate(
        engine.snapshotReader().read(tmp),
        "genai-best-practices-v2",
        Instant.parse("2026-11-20T00:00:00Z"));
  }

  private static Finding finding(EvaluationResult result, String arnPart) {
    return result.findings().stream()
        .filter(f -> f.resourceArn().contains(arnPart))
        .filter(f -> f.ruleId().startsWith("config_") || f.ruleId().startsWith("securityhub_"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no finding for " + arnPart));
  }

  private static ControlStatus control(EvaluationResult result, String id) {
    return result.controls().stream()
        .filter(c -> c.controlId().equals(id))
        .findFirst()
        .orElseThrow()
        .status();
  }

  @Test
  void eachCheckCountsForTheControlsThatNameIt(@TempDir Path tmp) throws IOException {
    EvaluationResult result = evaluate(tmp);
    Finding prodCount = finding(result, "config-rule/prod-count");
    assertEquals(Status.FAIL, prodCount.status());
    assertEquals(List.of("GENAI-RES-01"), prodCount.controlIds());
    assertEquals(List.of("GENAI-SEC-01"), finding(result, "config-rule/nb-inet").controlIds());
    assertEquals(ControlStatus.NON_COMPLIANT, control(result, "GENAI-RES-01"));
    // The endpoint-redundancy failure no longer fails the notebook control.
    assertNotEquals(ControlStatus.NON_COMPLIANT, control(result, "GENAI-SEC-01"));
    // AgentCore's Security Hub controls are GenAI checks too (BedrockAgentCore.1, not Bedrock.1).
    Finding runtime = finding(result, "BedrockAgentCore.1");
    assertEquals(Status.FAIL, runtime.status());
    assertEquals(List.of("GENAI-SEC-18"), runtime.controlIds());
    assertEquals(ControlStatus.NON_COMPLIANT, control(result, "GENAI-SEC-18"));
    // A check no control names stays a finding but fails no control.
    Finding unnamed = finding(result, "SageMaker.99");
    assertEquals(Status.FAIL, unnamed.status());
    assertEquals(List.of(), unnamed.controlIds());
  }

  @Test
  void unreadDetailsOfANonCompliantConfigRuleAreAnErrorOnlyOfTheControlsThatNameIt(
      @TempDir Path tmp) throws IOException {
    String denied =
        "{\"request\": {\"ConfigRuleName\": \"prod-count\"},"
            + " \"error\": {\"Code\": \"AccessDeniedException\", \"Message\": \"no\"}}";
    for (String details : java.util.Arrays.asList(denied, null)) {
      Path dir = tmp.resolve(details == null ? "missing" : "denied");
      EvaluationResult result = evaluate(dir, details);
      Finding prodCount = finding(result, "config-rule/prod-count");
      assertEquals(Status.ERROR, prodCount.status(), prodCount.reason());
      // Before the gap named its Config rule, this ERROR counted for every control listing
      // config_genai_managed_rules_compliant, the notebook control among them.
      assertEquals(List.of("GENAI-RES-01"), prodCount.controlIds());
      assertEquals(ControlStatus.INCONCLUSIVE, control(result, "GENAI-RES-01"));
      assertEquals(List.of(), checkErrorsOf(result, "GENAI-SEC-01"));
    }
  }

  /** Two Config rules: {@code check} has no conclusion yet, the notebook rule is compliant. */
  private static EvaluationResult evaluateUnconcluded(Path tmp, String check) throws IOException {
    Path dir = tmp.resolve("111111111111/us-east-1");
    write(
        dir,
        "config.DescribeConfigRules.json",
        "{\"ConfigRules\": [{\"ConfigRuleName\": \"waiting\", \"ConfigRuleArn\": \""
            + CONFIG_RULE
            + "waiting\", \"Source\": {\"Owner\": \"AWS\", \"SourceIdentifier\": \""
            + check
            + "\"}}, {\"ConfigRuleName\": \"nb-inet\", \"ConfigRuleArn\": \""
            + CONFIG_RULE
            + "nb-inet\", \"Source\": {\"Owner\": \"AWS\", \"SourceIdentifier\":"
            + " \"SAGEMAKER_NOTEBOOK_NO_DIRECT_INTERNET_ACCESS\"}}]}");
    write(
        dir,
        "config.DescribeComplianceByConfigRule.json",
        "{\"ComplianceByConfigRules\": [{\"ConfigRuleName\": \"waiting\", \"Compliance\":"
            + " {\"ComplianceType\": \"INSUFFICIENT_DATA\"}}, {\"ConfigRuleName\": \"nb-inet\","
            + " \"Compliance\": {\"ComplianceType\": \"COMPLIANT\"}}]}");
    return engine.evaluate(
        engine.snapshotReader().read(tmp),
        "genai-best-practices-v2",
        Instant.parse("2026-11-20T00:00:00Z"));
  }

  @Test
  void anUnconcludedConfigRuleIsAnErrorOnlyOfTheControlsThatNameIt(@TempDir Path tmp)
      throws IOException {
    EvaluationResult result =
        evaluateUnconcluded(tmp, "SAGEMAKER_ENDPOINT_CONFIG_PROD_INSTANCE_COUNT");
    Finding waiting = finding(result, "config-rule/waiting");
    assertEquals(Status.ERROR, waiting.status());
    assertTrue(waiting.reason().contains("INSUFFICIENT_DATA"), waiting.reason());
    assertEquals(List.of("GENAI-RES-01"), waiting.controlIds());
    assertEquals(ControlStatus.INCONCLUSIVE, control(result, "GENAI-RES-01"));
    // The notebook control lists the same Assay rule, but not this Config rule: its evidence
    // (the compliant notebook rule) still decides it.
    assertEquals(List.of("GENAI-SEC-01"), finding(result, "config-rule/nb-inet").controlIds());
    assertEquals(List.of(), checkErrorsOf(result, "GENAI-SEC-01"));
  }

  /** The ERROR findings of the Config-rule rule that count for a control. */
  private static List<String> checkErrorsOf(EvaluationResult result, String controlId) {
    return result.findings().stream()
        .filter(f -> f.ruleId().equals("config_genai_managed_rules_compliant"))
        .filter(f -> f.status() == Status.ERROR && f.controlIds().contains(controlId))
        .map(Finding::resourceArn)
        .toList();
  }

  @Test
  void anUnconcludedConfigRuleNoControlNamesStaysAnErrorOfEveryControl(@TempDir Path tmp)
      throws IOException {
    EvaluationResult result = evaluateUnconcluded(tmp, "BEDROCK_CHECK_NO_CONTROL_NAMES");
    Finding waiting = finding(result, "config-rule/waiting");
    assertEquals(Status.ERROR, waiting.status());
    List<String> listing =
        engine
            .framework("genai-best-practices-v2")
            .controls()
            .filter(c -> c.rules().contains("config_genai_managed_rules_compliant"))
            .map(Control::id)
            .sorted()
            .toList();
    assertTrue(listing.size() > 1, "controls listing the rule: " + listing);
    assertEquals(listing, waiting.controlIds().stream().sorted().toList());
    assertEquals(List.of(CONFIG_RULE + "waiting"), checkErrorsOf(result, "GENAI-SEC-01"));
    assertEquals(ControlStatus.INCONCLUSIVE, control(result, "GENAI-SEC-01"));
  }
}
