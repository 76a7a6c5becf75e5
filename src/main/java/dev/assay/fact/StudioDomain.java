package dev.assay.fact;

/**
 * A SageMaker AI (Studio) domain, from {@code DescribeDomain}.
 *
 * @param authMode {@code SSO} or {@code IAM}
 * @param ssoApplicationLinked whether {@code SingleSignOnManagedApplicationInstanceId} or {@code
 *     SingleSignOnApplicationArn} is present (the domain is wired to IAM Identity Center)
 * @param appNetworkAccessType {@code PublicInternetOnly} or {@code VpcOnly}; {@code
 *     PublicInternetOnly} when AWS leaves it out, as that is its default
 */
@ResourceKind(service = "sagemaker", idNoun = "domain", usageFamily = "sagemaker")
public record StudioDomain(
    String arn,
    String accountId,
    String region,
    String name,
    String authMode,
    boolean ssoApplicationLinked,
    String appNetworkAccessType)
    implements Resource {}
