package dev.assay.fact;

/**
 * Provisioned throughput bought for an Amazon Bedrock model, from {@code
 * ListProvisionedModelThroughputs}.
 *
 * @param modelArn the model the capacity serves (a foundation or custom model)
 * @param status {@code Creating}, {@code InService}, {@code Updating} or {@code Failed}
 */
@ResourceKind(service = "bedrock", idNoun = "provisioned-model", usageFamily = "bedrock")
public record ProvisionedThroughput(
    String arn, String accountId, String region, String name, String modelArn, String status)
    implements Resource {}
