package dev.assay.fact;

/**
 * Whether a logging CloudTrail trail of this account records Bedrock API activity in this region
 * ({@code DescribeTrails}, {@code GetTrailStatus}, {@code GetEventSelectors}): management events
 * with writes and a Bedrock event source admitted, or data events of a Bedrock resource type.
 *
 * @param qualifyingTrails the names of such trails, comma-separated; empty when none
 */
@ResourceKind(service = "cloudtrail", idNoun = "bedrock-logging")
public record BedrockTrailLogging(
    String accountId, String region, String qualifyingTrails, boolean inUse)
    implements RegionLevel {

  public boolean logsBedrock() {
    return !qualifyingTrails.isEmpty();
  }

  @Override
  public String arn() {
    return RegionLevel.featureArn("cloudtrail", region, accountId, "bedrock-logging");
  }

  @Override
  public String usageFamily() {
    return "bedrock";
  }

  @Override
  public BedrockTrailLogging withInUse(boolean inUse) {
    return new BedrockTrailLogging(accountId, region, qualifyingTrails, inUse);
  }
}
