package dev.assay.fact;

/**
 * CloudWatch alarms on Bedrock Agents metrics (namespace {@code AWS/Bedrock/Agents}) in one account
 * and region that has agents, from {@code DescribeAlarms}. Emitted only where agents exist and both
 * lists were read, so regions without agents are NOT_APPLICABLE.
 *
 * @param alarms how many metric alarms watch an agent metric
 */
@ResourceKind(service = "bedrock", idNoun = "agent-alarms")
public record BedrockAgentAlarms(String accountId, String region, int agents, int alarms)
    implements Resource {

  @Override
  public String arn() {
    return RegionLevel.featureArn("bedrock", region, accountId, "agent-alarms");
  }
}
