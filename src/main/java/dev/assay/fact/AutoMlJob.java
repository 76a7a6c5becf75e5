package dev.assay.fact;

/**
 * A SageMaker Autopilot (AutoML) job, from {@code DescribeAutoMLJobV2}.
 *
 * @param interContainerEncryption {@code SecurityConfig.EnableInterContainerTrafficEncryption ==
 *     true}; false when AWS leaves it out
 */
@ResourceKind(service = "sagemaker", idNoun = "automl-job", usageFamily = "sagemaker")
public record AutoMlJob(
    String arn, String accountId, String region, String name, boolean interContainerEncryption)
    implements Resource {}
