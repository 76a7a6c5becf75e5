package dev.assay.fact;

/** A SageMaker endpoint, from {@code DescribeEndpoint}. */
@ResourceKind(service = "sagemaker", idNoun = "endpoint", usageFamily = "sagemaker")
public record Endpoint(
    String arn,
    String accountId,
    String region,
    String name,
    String endpointConfigName,
    String status)
    implements Resource {

  public boolean inService() {
    return "InService".equals(status);
  }
}
