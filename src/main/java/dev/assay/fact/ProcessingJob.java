package dev.assay.fact;

/** A SageMaker processing job, from {@code DescribeProcessingJob}. */
public record ProcessingJob(
    String arn,
    String accountId,
    String region,
    String name,
    String imageUri,
    String volumeKmsKeyId,
    String status)
    implements Resource {}
