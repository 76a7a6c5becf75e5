package dev.assay.fact;

/**
 * A SageMaker endpoint configuration, from {@code DescribeEndpointConfig}. Its production variants
 * are separate {@link EndpointVariant} facts so rules can match them without iterating lists.
 *
 * @param kmsKeyId the KMS key for the ML storage volume, or {@code null}
 */
@ResourceKind(service = "sagemaker", idNoun = "endpoint-config", usageFamily = "sagemaker")
public record EndpointConfig(
    String arn, String accountId, String region, String name, String kmsKeyId)
    implements Resource {}
