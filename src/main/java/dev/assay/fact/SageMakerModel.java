package dev.assay.fact;

/**
 * A SageMaker model, from {@code DescribeModel}. Its containers are {@link ModelContainer} facts.
 *
 * @param networkIsolation {@code EnableNetworkIsolation == true}; AWS defaults it to false
 * @param vpcConfigured whether {@code VpcConfig.Subnets} names at least one subnet
 * @param containerCount the number of entries in {@code Containers} (an inference pipeline or a
 *     multi-container model when 2 or more); 1 for a model with only a {@code PrimaryContainer}
 */
@ResourceKind(service = "sagemaker", idNoun = "model", usageFamily = "sagemaker")
public record SageMakerModel(
    String arn,
    String accountId,
    String region,
    String name,
    boolean networkIsolation,
    boolean vpcConfigured,
    int containerCount)
    implements Resource {}
