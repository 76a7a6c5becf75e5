package dev.assay.fact;

import java.util.List;

/**
 * An AWS Config managed rule of a GenAI service and what it last concluded, from {@code
 * DescribeConfigRules}, {@code DescribeComplianceByConfigRule} and, for a non-compliant rule,
 * {@code GetComplianceDetailsByConfigRule}. A rule with no conclusion yet (INSUFFICIENT_DATA) is a
 * gap, not a fact: it proves nothing either way.
 *
 * @param arn the Config rule's ARN
 * @param ruleName the Config rule's name in the account
 * @param sourceIdentifier the managed rule it runs ({@code
 *     SAGEMAKER_NOTEBOOK_NO_DIRECT_INTERNET_ACCESS})
 * @param complianceType {@code COMPLIANT}, {@code NON_COMPLIANT} or {@code NOT_APPLICABLE}
 * @param nonCompliantResources each non-compliant evaluation as {@code <resource type> <resource
 *     id>} ({@code AWS::SageMaker::NotebookInstance nb-open}); empty unless non-compliant
 */
@ResourceKind(service = "config", idNoun = "config-rule")
public record ConfigRuleCompliance(
    String arn,
    String accountId,
    String region,
    String ruleName,
    String sourceIdentifier,
    String complianceType,
    List<String> nonCompliantResources)
    implements Resource {

  public ConfigRuleCompliance {
    nonCompliantResources = List.copyOf(nonCompliantResources);
  }

  public boolean nonCompliant() {
    return "NON_COMPLIANT".equals(complianceType);
  }
}
