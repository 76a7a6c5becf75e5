package dev.assay.fact;

/**
 * A SageMaker Model Monitor job definition of one of the four kinds, from {@code
 * Describe{DataQuality,ModelQuality,ModelBias,ModelExplainability}JobDefinition}, or the job
 * definition a monitoring schedule embeds ({@code DescribeMonitoringSchedule}): then {@code arn} is
 * the schedule's and {@code name} reads "of schedule &lt;schedule name&gt;".
 *
 * @param monitoringType {@code DataQuality}, {@code ModelQuality}, {@code ModelBias} or {@code
 *     ModelExplainability}
 * @param networkIsolation {@code NetworkConfig.EnableNetworkIsolation == true}
 * @param interContainerEncryption {@code NetworkConfig.EnableInterContainerTrafficEncryption ==
 *     true}
 * @param instanceCount {@code JobResources.ClusterConfig.InstanceCount}, or {@code null} if absent
 */
@ResourceKind(
    service = "sagemaker",
    idNoun = "monitoring-job-definition",
    usageFamily = "sagemaker")
public record MonitoringJobDefinition(
    String arn,
    String accountId,
    String region,
    String name,
    String monitoringType,
    boolean networkIsolation,
    boolean interContainerEncryption,
    Integer instanceCount)
    implements Resource {}
