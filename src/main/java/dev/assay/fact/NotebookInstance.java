package dev.assay.fact;

/**
 * A SageMaker notebook instance, from {@code DescribeNotebookInstance}.
 *
 * @param directInternetAccess {@code DirectInternetAccess == Enabled}
 * @param rootAccess {@code RootAccess == Enabled}; AWS defaults it to enabled when absent
 * @param subnetId the VPC subnet, or {@code null} when the instance is outside a VPC
 * @param kmsKeyId the storage volume's KMS key, or {@code null} when AWS-owned keys are used
 */
@ResourceKind(service = "sagemaker", idNoun = "notebook-instance", usageFamily = "sagemaker")
public record NotebookInstance(
    String arn,
    String accountId,
    String region,
    String name,
    boolean directInternetAccess,
    boolean rootAccess,
    String subnetId,
    String kmsKeyId,
    String platformIdentifier,
    String lifecycleConfigName)
    implements Resource {}
