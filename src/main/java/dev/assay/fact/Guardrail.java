package dev.assay.fact;

/**
 * An Amazon Bedrock guardrail (its working draft), from {@code GetGuardrail}. Content filters are
 * separate {@link GuardrailContentFilter} facts.
 *
 * @param sensitiveInformationPolicy whether a sensitive-information policy (PII entities or
 *     regexes) is configured
 * @param kmsKeyArn the customer KMS key, or {@code null}
 * @param automatedReasoningPolicies how many Automated Reasoning policies the guardrail checks
 *     responses against
 */
@ResourceKind(service = "bedrock", idNoun = "guardrail", usageFamily = "bedrock")
public record Guardrail(
    String arn,
    String accountId,
    String region,
    String guardrailId,
    String name,
    String status,
    boolean sensitiveInformationPolicy,
    String kmsKeyArn,
    int automatedReasoningPolicies)
    implements Resource {}
