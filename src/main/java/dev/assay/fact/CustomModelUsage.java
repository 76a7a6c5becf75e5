package dev.assay.fact;

/**
 * Whether an owned custom model is used: its invocations over the collected window (CloudWatch
 * {@code AWS/Bedrock Invocations}, dimension {@code ModelId} = the model ARN) and the provisioned
 * throughputs bought for it.
 *
 * @param arn the custom model's ARN
 * @param provisionedThroughputs how many provisioned throughputs serve the model
 */
@ResourceKind(service = "bedrock", idNoun = "custom-model-usage")
public record CustomModelUsage(
    String arn,
    String accountId,
    String region,
    String name,
    long invocations,
    long windowDays,
    int provisionedThroughputs)
    implements Resource {}
