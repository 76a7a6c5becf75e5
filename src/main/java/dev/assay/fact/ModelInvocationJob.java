package dev.assay.fact;

/**
 * An Amazon Bedrock batch inference job, from {@code ListModelInvocationJobs} (whose summaries
 * carry the output configuration).
 *
 * @param status {@code Submitted}, {@code InProgress}, {@code Completed}, ...
 * @param outputKmsKeyId the KMS key for the job's S3 output ({@code
 *     outputDataConfig.s3OutputDataConfig.s3EncryptionKeyId}), or {@code null}
 */
@ResourceKind(service = "bedrock", idNoun = "model-invocation-job", usageFamily = "bedrock")
public record ModelInvocationJob(
    String arn, String accountId, String region, String name, String status, String outputKmsKeyId)
    implements Resource {}
