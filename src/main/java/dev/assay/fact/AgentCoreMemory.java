package dev.assay.fact;

/**
 * A Bedrock AgentCore memory (conversation events and extracted long-term memories), from {@code
 * GetMemory}.
 *
 * @param kmsKeyArn {@code encryptionKeyArn}, or {@code null} for an AWS-owned key
 */
@ResourceKind(service = "bedrock-agentcore", idNoun = "memory", usageFamily = "bedrock")
public record AgentCoreMemory(
    String arn, String accountId, String region, String name, String kmsKeyArn)
    implements Resource {}
