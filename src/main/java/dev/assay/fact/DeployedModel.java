package dev.assay.fact;

/**
 * A SageMaker model serving traffic: named by a production variant of the endpoint configuration of
 * an in-service endpoint. Emitted only where {@code ListModelCards} (and the card details) were
 * read, so an unreadable card list makes only documentation checks ERROR.
 *
 * @param arn the model's ARN
 * @param endpointName one in-service endpoint that serves it
 */
@ResourceKind(service = "sagemaker", idNoun = "deployed-model")
public record DeployedModel(
    String arn, String accountId, String region, String modelName, String endpointName)
    implements Resource {}
