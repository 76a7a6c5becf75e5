package dev.assay.fact;

/**
 * An inline policy of an IAM role, user or group, from {@code Get{Role,User,Group}Policy}.
 *
 * @param arn {@code <principal ARN>/inline-policy/<policy name>}
 * @param principalArn the role, user or group the policy is embedded in
 * @param allowsMarketplaceSubscribeOnAnyResource as {@link ManagedPolicy}
 */
@ResourceKind(service = "iam", idNoun = "inline-policy", global = true)
public record InlinePolicy(
    String arn,
    String accountId,
    String region,
    String principalArn,
    String name,
    boolean allowsMarketplaceSubscribeOnAnyResource)
    implements Resource {}
