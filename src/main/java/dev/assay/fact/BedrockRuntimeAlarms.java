package dev.assay.fact;

/**
 * CloudWatch alarms on Amazon Bedrock runtime metrics ({@code AWS/Bedrock} errors, throttles and
 * latency) in one account and region where Bedrock is in use, from {@code DescribeAlarms}; emitted
 * where the alarm list was read.
 *
 * @param alarms how many metric alarms watch such a metric
 */
@ResourceKind(service = "bedrock", idNoun = "runtime-alarms")
public record BedrockRuntimeAlarms(String accountId, String region, int alarms, boolean inUse)
    implements RegionLevel {

  @Override
  public String arn() {
    return RegionLevel.featureArn("bedrock", region, accountId, "runtime-alarms");
  }

  @Override
  public String usageFamily() {
    return "bedrock";
  }

  @Override
  public BedrockRuntimeAlarms withInUse(boolean inUse) {
    return new BedrockRuntimeAlarms(accountId, region, alarms, inUse);
  }
}
