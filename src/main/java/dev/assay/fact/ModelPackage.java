package dev.assay.fact;

/**
 * The latest version of a model package group, from {@code DescribeModelPackage}.
 *
 * @param approvalStatus {@code Approved}, {@code Rejected} or {@code PendingManualApproval}
 * @param approvedAtRegistration whether the version is {@code Approved} and was never updated after
 *     it was registered ({@code LastModifiedTime} absent or equal to {@code CreationTime}): it was
 *     registered as approved, so no one approved it by hand
 */
@ResourceKind(service = "sagemaker", idNoun = "model-package", usageFamily = "sagemaker")
public record ModelPackage(
    String arn,
    String accountId,
    String region,
    String groupName,
    Integer version,
    String approvalStatus,
    boolean approvedAtRegistration)
    implements Resource {}
