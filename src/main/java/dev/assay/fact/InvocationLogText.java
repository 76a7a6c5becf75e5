package dev.assay.fact;

/**
 * What Bedrock model invocation logging captures, in an account and region where it is switched on
 * (a destination is set), from {@code GetModelInvocationLoggingConfiguration}. Regions with logging
 * off have none, so rules about it are NOT_APPLICABLE there.
 *
 * @param textDataDelivery {@code textDataDeliveryEnabled}: prompts and responses are logged
 */
@ResourceKind(service = "bedrock", idNoun = "model-invocation-logging")
public record InvocationLogText(String accountId, String region, boolean textDataDelivery)
    implements Resource {

  @Override
  public String arn() {
    return RegionLevel.featureArn("bedrock", region, accountId, "model-invocation-logging");
  }
}
