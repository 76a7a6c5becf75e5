package dev.assay.fact;

/**
 * The question "is the SageMaker Model Registry used here (an approved model package)?" for one
 * account and region where SageMaker is in use, emitted where the list call that answers it
 * succeeded. Rules answer it by matching the listed facts of the scope.
 */
@ResourceKind(service = "sagemaker", idNoun = "model-registry")
public record ModelRegistryAdoption(String accountId, String region, boolean inUse)
    implements RegionLevel {

  @Override
  public String arn() {
    return RegionLevel.featureArn("sagemaker", region, accountId, "model-registry");
  }

  @Override
  public String usageFamily() {
    return "sagemaker";
  }

  @Override
  public ModelRegistryAdoption withInUse(boolean inUse) {
    return new ModelRegistryAdoption(accountId, region, inUse);
  }
}
