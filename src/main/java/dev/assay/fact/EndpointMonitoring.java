package dev.assay.fact;

/**
 * The Model Monitor question for one in-service SageMaker endpoint, emitted only where {@code
 * ListMonitoringSchedules} was read; rules answer it with {@link MonitoringSchedule} facts. Kept
 * apart from {@link Endpoint} so that an unreadable schedule list makes only monitoring checks
 * ERROR.
 *
 * @param arn the endpoint's ARN
 */
@ResourceKind(service = "sagemaker", idNoun = "endpoint-monitoring")
public record EndpointMonitoring(String arn, String accountId, String region, String endpointName)
    implements Resource {}
