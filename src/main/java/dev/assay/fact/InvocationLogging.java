package dev.assay.fact;

/**
 * Amazon Bedrock model invocation logging in one account and region, from {@code
 * GetModelInvocationLoggingConfiguration}.
 *
 * @param cloudWatchLogGroup the log group destination, or {@code null}
 * @param s3Bucket the S3 destination bucket, or {@code null}
 * @param inUse whether Bedrock is in use in this account and region
 */
@ResourceKind(service = "bedrock", idNoun = "model-invocation-logging")
public record InvocationLogging(
    String accountId,
    String region,
    String cloudWatchLogGroup,
    String s3Bucket,
    boolean textDataDelivery,
    boolean inUse)
    implements RegionLevel {

  public boolean enabled() {
    return cloudWatchLogGroup != null || s3Bucket != null;
  }

  @Override
  public String arn() {
    return RegionLevel.featureArn("bedrock", region, accountId, "model-invocation-logging");
  }

  @Override
  public String usageFamily() {
    return "bedrock";
  }

  @Override
  public InvocationLogging withInUse(boolean inUse) {
    return new InvocationLogging(
        accountId, region, cloudWatchLogGroup, s3Bucket, textDataDelivery, inUse);
  }

  /** Somebody switched logging on here, so Bedrock is used here. */
  @Override
  public boolean provesUse() {
    return enabled();
  }
}
