package dev.assay.fact;

import java.util.List;

/**
 * Which AWS-run compliance checks Assay reads as evidence: the AWS Config managed rules and
 * Security Hub controls of the GenAI services it covers (Amazon SageMaker AI, Amazon Bedrock and
 * Bedrock AgentCore). The standard framework names these identifiers in its controls' data sources;
 * checks of other services say nothing about GenAI workloads and are left out, so they neither pass
 * nor fail a GenAI control.
 */
public final class ComplianceChecks {

  private static final List<String> CONFIG_RULE_PREFIXES = List.of("SAGEMAKER_", "BEDROCK");
  // AgentCore's controls are BedrockAgentCore.1, .2 ...: "Bedrock." alone does not match them.
  private static final List<String> CONTROL_PREFIXES =
      List.of("SageMaker.", "Bedrock.", "BedrockAgentCore.");

  private ComplianceChecks() {}

  /** Whether an AWS Config managed rule identifier ({@code SourceIdentifier}) is a GenAI check. */
  public static boolean genAiConfigRule(String sourceIdentifier) {
    return sourceIdentifier != null
        && CONFIG_RULE_PREFIXES.stream().anyMatch(sourceIdentifier::startsWith);
  }

  /** Whether a Security Hub security control id ({@code SageMaker.1}) is a GenAI check. */
  public static boolean genAiControl(String controlId) {
    return controlId != null && CONTROL_PREFIXES.stream().anyMatch(controlId::startsWith);
  }

  /** The id prefixes of {@link #genAiControl}, for Security Hub's GetFindings PREFIX filters. */
  public static List<String> controlPrefixes() {
    return CONTROL_PREFIXES;
  }
}
