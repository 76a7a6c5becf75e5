package dev.assay.fact;

/**
 * A Bedrock AgentCore policy engine (Cedar policies for gateway tool calls), from {@code
 * GetPolicyEngine}.
 *
 * @param kmsKeyArn {@code encryptionKeyArn}, or {@code null} for an AWS-owned key
 */
@ResourceKind(service = "bedrock-agentcore", idNoun = "policy-engine", usageFamily = "bedrock")
public record AgentCorePolicyEngine(
    String arn, String accountId, String region, String name, String kmsKeyArn)
    implements Resource {}
