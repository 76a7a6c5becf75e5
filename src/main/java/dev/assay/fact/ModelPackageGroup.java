package dev.assay.fact;

/**
 * A SageMaker Model Registry model package group, from {@code ListModelPackageGroups}, with what
 * {@code ListModelPackages(ModelPackageGroupName)} says about its versions.
 *
 * @param packageCount the number of model package versions in the group
 * @param approvedPackage whether at least one version has {@code ModelApprovalStatus = Approved}
 */
@ResourceKind(service = "sagemaker", idNoun = "model-package-group", usageFamily = "sagemaker")
public record ModelPackageGroup(
    String arn,
    String accountId,
    String region,
    String name,
    int packageCount,
    boolean approvedPackage)
    implements Resource {}
