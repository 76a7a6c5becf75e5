package dev.assay.fact;

/**
 * The question "is any SageMaker Model Monitor schedule active here?" for one account and region
 * where SageMaker is in use, emitted where the list call that answers it succeeded. Rules answer it
 * by matching the listed facts of the scope.
 */
@ResourceKind(service = "sagemaker", idNoun = "model-monitoring")
public record ModelMonitorAdoption(String accountId, String region, boolean inUse)
    implements RegionLevel {

  @Override
  public String arn() {
    return RegionLevel.featureArn("sagemaker", region, accountId, "model-monitoring");
  }

  @Override
  public String usageFamily() {
    return "sagemaker";
  }

  @Override
  public ModelMonitorAdoption withInUse(boolean inUse) {
    return new ModelMonitorAdoption(accountId, region, inUse);
  }
}
