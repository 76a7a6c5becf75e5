package dev.assay.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.collect.Runs.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.Owner;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;
import software.amazon.awssdk.services.securityhub.model.AwsSecurityFinding;
import software.amazon.awssdk.services.securityhub.model.ComplianceStatus;
import software.amazon.awssdk.services.securityhub.model.RecordState;

/**
 * AWS Config and Security Hub compliance checks, collected through the real SDK from moto (Config
 * rules, Security Hub findings) and the stub (Config's compliance calls, which moto 5.2.1 lacks),
 * then evaluated: a non-compliant managed rule and a failed control FAIL, a denied GetFindings is
 * ERROR, and a region without GenAI checks is NOT_APPLICABLE.
 */
class CollectComplianceChecksTest {

  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  @TempDir static Path tmp;

  private static final String ACCOUNT = AwsStub.DEFAULT_ACCOUNT;
  private static final String RULE = "sagemaker-notebook-no-direct-internet-access";
  private static AwsStub stub;
  private static Path snapshot;
  private static Run collect;
  private static Map<String, String> statuses;

  @BeforeAll
  static void collectAndEvaluate() throws IOException {
    Runs.useTestCredentials();
    MotoWorld moto = new MotoWorld(MOTO.url());
    try (ConfigClient config = moto.client(ConfigClient.builder(), ACCOUNT, "us-east-1")) {
      config.putConfigRule(
          p ->
              p.configRule(
                  r ->
                      r.configRuleName(RULE)
                          .source(
                              s ->
                                  s.owner(Owner.AWS)
                                      .sourceIdentifier(
                                          "SAGEMAKER_NOTEBOOK_NO_DIRECT_INTERNET_ACCESS"))));
    }
    for (String region : List.of("us-east-1", "eu-west-1")) {
      try (SecurityHubClient hub = moto.client(SecurityHubClient.builder(), ACCOUNT, region)) {
        hub.enableSecurityHub(e -> e.enableDefaultStandards(false));
        hub.batchImportFindings(
            b ->
                b.findings(
                    finding(region, "SageMaker.1", "nb-open", ComplianceStatus.FAILED),
                    finding(region, "SageMaker.2", "nb-open", ComplianceStatus.PASSED)));
      }
    }
    stub = new AwsStub(MOTO.url());
    Recorded.missingInMoto(stub);
    Recorded.nonCompliant(stub, RULE, "nb-open");
    stub.on(
        r -> r.service().equals("securityhub") && r.region().equals("eu-west-1"),
        r ->
            r.path().equals("/findings")
                ? StubResponse.error(
                    r, 403, "AccessDeniedException", "not authorized to perform GetFindings")
                : null);
    snapshot = tmp.resolve("snapshot");
    collect =
        Runs.cli(
            "collect",
            "--output",
            snapshot.toString(),
            "--regions",
            "us-east-1,eu-west-1",
            "--services",
            "config,securityhub",
            "--endpoint-url",
            stub.url().toString());
    Run evaluate =
        Runs.cli(
            "evaluate",
            "--input",
            snapshot.toString(),
            "--framework",
            "genai-best-practices-v2",
            "--format",
            "json",
            "--at",
            Runs.AT);
    statuses = Runs.statuses(evaluate.out());
  }

  @AfterAll
  static void stopStub() {
    stub.close();
  }

  private static AwsSecurityFinding finding(
      String region, String control, String notebook, ComplianceStatus status) {
    String arn = "arn:aws:sagemaker:" + region + ":" + ACCOUNT + ":notebook-instance/" + notebook;
    return AwsSecurityFinding.builder()
        .schemaVersion("2018-10-08")
        .id("arn:aws:securityhub:" + region + ":" + ACCOUNT + ":security-control/" + control)
        .productArn("arn:aws:securityhub:" + region + "::product/aws/securityhub")
        .generatorId("security-control/" + control)
        .awsAccountId(ACCOUNT)
        .types("Software and Configuration Checks/Industry and Regulatory Standards")
        .createdAt("2026-11-19T00:00:00.000Z")
        .updatedAt("2026-11-19T00:00:00.000Z")
        .title(control + " check")
        .description(control)
        .recordState(RecordState.ACTIVE)
        .compliance(c -> c.status(status).securityControlId(control))
        .resources(r -> r.type("AwsSageMakerNotebookInstance").id(arn))
        .build();
  }

  @Test
  void theCollectionNamesItsOneGap() {
    assertEquals(1, collect.exit(), collect.out() + collect.err());
    assertTrue(collect.out().contains("GetFindings"), collect.out());
  }

  @Test
  void aNonCompliantManagedRuleFails() throws IOException {
    var rules =
        new ObjectMapper()
            .readTree(
                snapshot.resolve(ACCOUNT + "/us-east-1/config.DescribeConfigRules.json").toFile());
    String arn = rules.at("/ConfigRules/0/ConfigRuleArn").asText();
    assertEquals("FAIL", statuses.get("config_genai_managed_rules_compliant | " + arn));
    assertTrue(
        Files.exists(
            snapshot.resolve(
                ACCOUNT + "/us-east-1/config.GetComplianceDetailsByConfigRule_" + RULE + ".json")));
  }

  @Test
  void aFailedControlFailsAndAPassedOnePasses() {
    String control = "arn:aws:securityhub:us-east-1:" + ACCOUNT + ":security-control/";
    assertEquals(
        "FAIL", statuses.get("securityhub_genai_controls_passed | " + control + "SageMaker.1"));
    assertEquals(
        "PASS", statuses.get("securityhub_genai_controls_passed | " + control + "SageMaker.2"));
  }

  @Test
  void aDeniedGetFindingsIsAnErrorNotAPass() {
    assertEquals(
        "ERROR",
        statuses.get(
            "securityhub_genai_controls_passed | arn:aws:securityhub:eu-west-1:"
                + ACCOUNT
                + ":security-control/*"),
        statuses.toString());
  }

  @Test
  void aRegionWithoutGenAiConfigRulesIsNotApplicable() {
    assertEquals(
        "NOT_APPLICABLE",
        statuses.get(
            "config_genai_managed_rules_compliant | arn:aws:config:eu-west-1:"
                + ACCOUNT
                + ":config-rule/*"));
  }
}
