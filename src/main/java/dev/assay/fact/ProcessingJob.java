package dev.assay.fact;

/** A SageMaker processing job, from {@code DescribeProcessingJob}. */
@ResourceKind(service = "sagemaker", idNoun = "processing-job", usageFamily = "sagemaker")
public record ProcessingJob(
    String arn,
    String accountId,
    String region,
    String name,
    String imageUri,
    String volumeKmsKeyId,
    String status)
    implements Resource {}
