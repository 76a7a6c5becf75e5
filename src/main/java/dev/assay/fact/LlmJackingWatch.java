package dev.assay.fact;

/**
 * The CloudTrail event history of one account and region ({@code LookupEvents}), watched for
 * LLMjacking: one identity probing many Bedrock model-access and logging actions. The identities
 * and what they called are {@link TrailIdentity} and {@link TrailIdentityCall} facts.
 */
@ResourceKind(service = "cloudtrail", idNoun = "llm-jacking-watch")
public record LlmJackingWatch(String accountId, String region, boolean inUse)
    implements RegionLevel {

  @Override
  public String arn() {
    return RegionLevel.featureArn("cloudtrail", region, accountId, "llm-jacking-watch");
  }

  @Override
  public String usageFamily() {
    return "bedrock";
  }

  @Override
  public LlmJackingWatch withInUse(boolean inUse) {
    return new LlmJackingWatch(accountId, region, inUse);
  }
}
