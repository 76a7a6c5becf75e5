package dev.assay.fact;

/**
 * The question "is any active human review workflow (Amazon A2I flow definition) defined here?" for
 * one account and region where SageMaker is in use, emitted where the list call that answers it
 * succeeded. Rules answer it by matching the listed facts of the scope.
 */
@ResourceKind(service = "sagemaker", idNoun = "human-review")
public record HumanReviewAdoption(String accountId, String region, boolean inUse)
    implements RegionLevel {

  @Override
  public String arn() {
    return RegionLevel.featureArn("sagemaker", region, accountId, "human-review");
  }

  @Override
  public String usageFamily() {
    return "sagemaker";
  }

  @Override
  public HumanReviewAdoption withInUse(boolean inUse) {
    return new HumanReviewAdoption(accountId, region, inUse);
  }
}
