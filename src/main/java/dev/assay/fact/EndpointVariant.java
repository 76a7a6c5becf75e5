package dev.assay.fact;

/**
 * One production variant of an {@link EndpointConfig}; not judged on its own.
 *
 * @param initialInstanceCount the provisioned instance count, or {@code null} when AWS returned
 *     none
 * @param serverless whether the variant has a {@code ServerlessConfig} (no instances to count)
 */
public record EndpointVariant(
    String endpointConfigArn,
    String variantName,
    Integer initialInstanceCount,
    boolean serverless) {}
