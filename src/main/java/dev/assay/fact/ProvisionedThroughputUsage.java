package dev.assay.fact;

/**
 * How often an in-service provisioned throughput was invoked over the collected window, from
 * CloudWatch {@code GetMetricStatistics} ({@code AWS/Bedrock Invocations}, dimension {@code
 * ModelId} = the provisioned model ARN). Kept apart from {@link ProvisionedThroughput} so that a
 * failed metrics call makes only the usage check ERROR.
 *
 * @param arn the provisioned model's ARN
 * @param windowDays the length of the metrics window the invocations were summed over
 */
@ResourceKind(service = "bedrock", idNoun = "provisioned-model-usage")
public record ProvisionedThroughputUsage(
    String arn, String accountId, String region, String name, long invocations, long windowDays)
    implements Resource {}
