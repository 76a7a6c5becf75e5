package dev.assay.fact;

/**
 * How much an in-service SageMaker endpoint was invoked over the collected window, from CloudWatch
 * {@code GetMetricStatistics} on {@code AWS/SageMaker Invocations}. Kept apart from {@link
 * Endpoint} so that a failed metrics call makes only usage checks ERROR, not every endpoint check.
 *
 * @param arn the endpoint's ARN
 * @param windowDays the length of the metrics window the invocations were summed over
 */
@ResourceKind(service = "sagemaker", idNoun = "endpoint-usage")
public record EndpointUsage(
    String arn,
    String accountId,
    String region,
    String endpointName,
    long invocations,
    long windowDays)
    implements Resource {}
