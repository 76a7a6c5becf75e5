package dev.assay.fact;

/**
 * A customer-managed IAM policy attached to something, from {@code ListPolicies(Scope=Local)} and
 * the default version's document ({@code GetPolicyVersion}).
 *
 * @param allowsMarketplaceSubscribeOnAnyResource {@code aws-marketplace:Subscribe} allowed on
 *     {@code *} (via Action, NotAction or wildcards, conditions ignored) and not removed by an
 *     unconditional Deny
 */
@ResourceKind(service = "iam", idNoun = "policy", global = true)
public record ManagedPolicy(
    String arn,
    String accountId,
    String region,
    String name,
    boolean allowsMarketplaceSubscribeOnAnyResource)
    implements Resource {}
