package dev.assay.fact;

/**
 * A model imported into Amazon Bedrock (Custom Model Import), from {@code GetImportedModel}.
 *
 * @param kmsKeyArn the customer KMS key encrypting the model, or {@code null} for an AWS-owned key
 */
@ResourceKind(service = "bedrock", idNoun = "imported-model", usageFamily = "bedrock")
public record ImportedModel(
    String arn, String accountId, String region, String name, String kmsKeyArn)
    implements Resource {}
