package dev.assay.fact;

/**
 * A SageMaker inference experiment (shadow test), from {@code DescribeInferenceExperiment}.
 *
 * @param kmsKey {@code KmsKey}: the customer key for the storage volumes of the instances hosting
 *     the experiment's variants, or {@code null}
 */
@ResourceKind(service = "sagemaker", idNoun = "inference-experiment", usageFamily = "sagemaker")
public record InferenceExperiment(
    String arn, String accountId, String region, String name, String status, String kmsKey)
    implements Resource {}
