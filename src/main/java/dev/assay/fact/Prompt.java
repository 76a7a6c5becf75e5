package dev.assay.fact;

/**
 * A prompt in Amazon Bedrock Prompt Management (its draft), from {@code GetPrompt}.
 *
 * @param kmsKeyArn {@code customerEncryptionKeyArn}, or {@code null} for an AWS-owned key
 */
@ResourceKind(service = "bedrock", idNoun = "prompt", usageFamily = "bedrock")
public record Prompt(String arn, String accountId, String region, String name, String kmsKeyArn)
    implements Resource {}
