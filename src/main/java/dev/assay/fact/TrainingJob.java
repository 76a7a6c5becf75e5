package dev.assay.fact;

/**
 * A SageMaker training job, from {@code DescribeTrainingJob}. Booleans default to false where AWS
 * leaves the field out, as the service does.
 *
 * @param vpcConfigured whether {@code VpcConfig.Subnets} names at least one subnet
 * @param volumeKmsKeyId {@code ResourceConfig.VolumeKmsKeyId}, or {@code null}
 * @param outputKmsKeyId {@code OutputDataConfig.KmsKeyId}, or {@code null}
 */
@ResourceKind(service = "sagemaker", idNoun = "training-job", usageFamily = "sagemaker")
public record TrainingJob(
    String arn,
    String accountId,
    String region,
    String name,
    boolean interContainerEncryption,
    boolean networkIsolation,
    boolean vpcConfigured,
    String volumeKmsKeyId,
    String outputKmsKeyId)
    implements Resource {}
