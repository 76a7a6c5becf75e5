package dev.assay.fact;

/**
 * The question "does this region keep its prompts in Bedrock Prompt Management?" for one account
 * and region, emitted where {@code ListPrompts} succeeded.
 *
 * @param prompts how many prompts the list named (counted from the list, so an unreadable prompt
 *     still counts)
 */
@ResourceKind(service = "bedrock", idNoun = "prompt-management")
public record PromptManagement(String accountId, String region, int prompts, boolean inUse)
    implements RegionLevel {

  @Override
  public String arn() {
    return RegionLevel.featureArn("bedrock", region, accountId, "prompt-management");
  }

  @Override
  public String usageFamily() {
    return "bedrock";
  }

  @Override
  public PromptManagement withInUse(boolean inUse) {
    return new PromptManagement(accountId, region, prompts, inUse);
  }
}
