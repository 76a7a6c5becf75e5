package dev.assay.fact;

/**
 * The question "does an account-level enforced guardrail apply to every model invocation here?" for
 * one account and region where Bedrock is in use, emitted where {@code
 * ListEnforcedGuardrailsConfiguration} was read.
 *
 * @param configurations how many enforced guardrail configurations the account has in the region
 */
@ResourceKind(service = "bedrock", idNoun = "enforced-guardrails")
public record EnforcedGuardrails(String accountId, String region, int configurations, boolean inUse)
    implements RegionLevel {

  @Override
  public String arn() {
    return RegionLevel.featureArn("bedrock", region, accountId, "enforced-guardrails");
  }

  @Override
  public String usageFamily() {
    return "bedrock";
  }

  @Override
  public EnforcedGuardrails withInUse(boolean inUse) {
    return new EnforcedGuardrails(accountId, region, configurations, inUse);
  }
}
