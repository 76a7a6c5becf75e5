package dev.assay.fact;

/**
 * One SageMaker Model Monitor schedule, from {@code ListMonitoringSchedules}; not judged on its
 * own. Rules about endpoints and regions match it by account, region and endpoint name.
 *
 * @param status {@code Pending}, {@code Failed}, {@code Scheduled} or {@code Stopped}
 * @param monitoringType {@code DataQuality}, {@code ModelQuality}, {@code ModelBias} or {@code
 *     ModelExplainability}; {@code DataQuality}, AWS's default, when the summary leaves it out
 * @param endpointName the endpoint it monitors, or {@code null} (batch transform monitoring)
 */
public record MonitoringSchedule(
    String accountId,
    String region,
    String name,
    String status,
    String monitoringType,
    String endpointName) {}
