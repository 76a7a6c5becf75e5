package dev.assay.fact;

/**
 * A SageMaker batch transform job, from {@code DescribeTransformJob}.
 *
 * @param volumeKmsKeyId {@code TransformResources.VolumeKmsKeyId}, or {@code null}
 */
@ResourceKind(service = "sagemaker", idNoun = "transform-job", usageFamily = "sagemaker")
public record TransformJob(
    String arn, String accountId, String region, String name, String volumeKmsKeyId)
    implements Resource {}
