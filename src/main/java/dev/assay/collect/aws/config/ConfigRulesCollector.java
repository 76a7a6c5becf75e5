package dev.assay.collect.aws.config;

import dev.assay.collect.CallRecorder;
import dev.assay.collect.ServiceCollector;
import dev.assay.collect.ServiceScope;
import dev.assay.fact.ComplianceChecks;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.ComplianceByConfigRule;
import software.amazon.awssdk.services.config.model.ComplianceType;
import software.amazon.awssdk.services.config.model.ConfigRule;
import software.amazon.awssdk.services.config.model.DescribeComplianceByConfigRuleRequest;
import software.amazon.awssdk.services.config.model.DescribeComplianceByConfigRuleResponse;
import software.amazon.awssdk.services.config.model.DescribeConfigRulesRequest;
import software.amazon.awssdk.services.config.model.DescribeConfigRulesResponse;
import software.amazon.awssdk.services.config.model.GetComplianceDetailsByConfigRuleRequest;
import software.amazon.awssdk.services.config.model.GetComplianceDetailsByConfigRuleResponse;

/**
 * AWS Config compliance-check evidence: the Config rules of the account and region, the compliance
 * of those that run a GenAI managed rule, and the non-compliant evaluations of each non-compliant
 * one. Where no GenAI managed rule is deployed, nothing more is asked.
 */
public final class ConfigRulesCollector implements ServiceCollector {

  private static final String CONFIG = "config";

  @Override
  public String name() {
    return CONFIG;
  }

  @Override
  public Set<String> operations() {
    return Set.of(
        "config.DescribeConfigRules",
        "config.DescribeComplianceByConfigRule",
        "config.GetComplianceDetailsByConfigRule");
  }

  @Override
  public List<String> entryOperations() {
    return List.of("config.DescribeConfigRules");
  }

  @Override
  public void collect(ServiceScope scope) {
    ConfigClient config = scope.client(ConfigClient::builder);
    CallRecorder r = scope.recorder(CONFIG);
    List<String> genAiRules =
        r
            .list(
                "DescribeConfigRules",
                DescribeConfigRulesRequest.builder().build(),
                config::describeConfigRulesPaginator,
                DescribeConfigRulesResponse::configRules)
            .stream()
            .filter(ConfigRulesCollector::genAi)
            .map(ConfigRule::configRuleName)
            .toList();
    if (genAiRules.isEmpty()) {
      return;
    }
    List<ComplianceByConfigRule> compliance =
        r.list(
            "DescribeComplianceByConfigRule",
            DescribeComplianceByConfigRuleRequest.builder().build(),
            config::describeComplianceByConfigRulePaginator,
            DescribeComplianceByConfigRuleResponse::complianceByConfigRules);
    for (ComplianceByConfigRule c : compliance) {
      if (genAiRules.contains(c.configRuleName())
          && c.compliance() != null
          && c.compliance().complianceType() == ComplianceType.NON_COMPLIANT) {
        r.listAbout(
            "GetComplianceDetailsByConfigRule",
            c.configRuleName(),
            GetComplianceDetailsByConfigRuleRequest.builder()
                .configRuleName(c.configRuleName())
                .complianceTypes(ComplianceType.NON_COMPLIANT)
                .build(),
            config::getComplianceDetailsByConfigRulePaginator,
            GetComplianceDetailsByConfigRuleResponse::evaluationResults);
      }
    }
  }

  private static boolean genAi(ConfigRule rule) {
    return rule.source() != null
        && "AWS".equals(rule.source().ownerAsString())
        && ComplianceChecks.genAiConfigRule(rule.source().sourceIdentifier());
  }
}
