package dev.assay.fact;

/**
 * CloudWatch alarms watching the availability of one in-service SageMaker endpoint, from {@code
 * DescribeAlarms}: an alarm on {@code AWS/SageMaker} {@code Invocation5XXErrors} or {@code
 * ModelLatency} with the endpoint's {@code EndpointName} dimension (plain or in a metric-math
 * alarm).
 *
 * @param arn the endpoint's ARN
 * @param availabilityAlarm whether at least one such alarm exists
 */
@ResourceKind(service = "sagemaker", idNoun = "endpoint-alarms")
public record EndpointAlarms(
    String arn, String accountId, String region, String endpointName, boolean availabilityAlarm)
    implements Resource {}
