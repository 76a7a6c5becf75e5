package dev.assay.fact;

import java.util.List;

/**
 * Auto scaling of the instance-based production variants of one in-service SageMaker endpoint, from
 * application-autoscaling {@code DescribeScalableTargets(ServiceNamespace=sagemaker)}. Serverless
 * variants are left out (AWS scales them itself), as are variants with managed instance scaling
 * enabled.
 *
 * @param arn the endpoint's ARN
 * @param unscaledVariants the variants with no scalable target {@code
 *     endpoint/<name>/variant/<variant>}, in the endpoint's order; empty when all scale
 */
@ResourceKind(service = "sagemaker", idNoun = "endpoint-scaling")
public record EndpointScaling(
    String arn, String accountId, String region, String endpointName, List<String> unscaledVariants)
    implements Resource {

  public EndpointScaling {
    unscaledVariants = List.copyOf(unscaledVariants);
  }
}
