package dev.assay.fact;

/**
 * The question "are Bedrock guardrails defined here?" for one account and region where Bedrock is
 * in use. Rules answer it by matching {@link Guardrail} facts of the same scope.
 */
@ResourceKind(service = "bedrock", idNoun = "guardrails")
public record GuardrailAdoption(String accountId, String region, boolean inUse)
    implements RegionLevel {

  @Override
  public String arn() {
    return RegionLevel.featureArn("bedrock", region, accountId, "guardrails");
  }

  @Override
  public String usageFamily() {
    return "bedrock";
  }

  @Override
  public GuardrailAdoption withInUse(boolean inUse) {
    return new GuardrailAdoption(accountId, region, inUse);
  }
}
