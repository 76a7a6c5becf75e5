package dev.assay.fact;

/**
 * An Amazon Bedrock custom model this account owns (fine-tuned, continued pre-training, distilled),
 * from {@code GetCustomModel}.
 *
 * @param kmsKeyArn the customer KMS key encrypting the model, or {@code null} for an AWS-owned key
 * @param jobArn the customization job that produced the model, or {@code null}
 * @param trainingDataUri where the training data came from ({@code trainingDataConfig.s3Uri}, or
 *     the invocation-log source for distillation), or {@code null}
 */
@ResourceKind(service = "bedrock", idNoun = "custom-model", usageFamily = "bedrock")
public record CustomModel(
    String arn,
    String accountId,
    String region,
    String name,
    String kmsKeyArn,
    String jobArn,
    String trainingDataUri)
    implements Resource {}
