package dev.assay.fact;

/**
 * The question "is SageMaker Clarify used here?" for one account and region where SageMaker is in
 * use. Rules answer it by matching {@link ProcessingJob} facts of the same scope.
 */
@ResourceKind(service = "sagemaker", idNoun = "clarify")
public record ClarifyAdoption(String accountId, String region, boolean inUse)
    implements RegionLevel {

  @Override
  public String arn() {
    return RegionLevel.featureArn("sagemaker", region, accountId, "clarify");
  }

  @Override
  public String usageFamily() {
    return "sagemaker";
  }

  @Override
  public ClarifyAdoption withInUse(boolean inUse) {
    return new ClarifyAdoption(accountId, region, inUse);
  }
}
