package dev.assay.fact;

/**
 * How the destinations of Bedrock model invocation logging are encrypted, where logging is switched
 * on: the S3 bucket's default encryption ({@code s3 GetBucketEncryption}) and the log group's KMS
 * key ({@code logs DescribeLogGroups}). Emitted only when every configured destination was read; a
 * destination that cannot be read (another account's bucket, a log group not found) is a gap.
 *
 * @param s3Bucket the S3 destination, or {@code null}
 * @param s3Algorithm the bucket's default {@code SSEAlgorithm} ({@code AES256}, {@code aws:kms},
 *     ...), or {@code null} when the bucket has no default encryption
 * @param logGroup the CloudWatch Logs destination, or {@code null}
 * @param logGroupKmsKeyId the log group's {@code kmsKeyId}, or {@code null}
 */
@ResourceKind(service = "bedrock", idNoun = "model-invocation-logging")
public record InvocationLogEncryption(
    String accountId,
    String region,
    String s3Bucket,
    String s3Algorithm,
    String logGroup,
    String logGroupKmsKeyId)
    implements Resource {

  @Override
  public String arn() {
    return RegionLevel.featureArn("bedrock", region, accountId, "model-invocation-logging");
  }

  public boolean s3Unencrypted() {
    return s3Bucket != null && s3Algorithm == null;
  }

  public boolean logGroupUnencrypted() {
    return logGroup != null && logGroupKmsKeyId == null;
  }
}
