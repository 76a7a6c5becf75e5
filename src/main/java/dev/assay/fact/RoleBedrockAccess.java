package dev.assay.fact;

/**
 * When an IAM role last used Amazon Bedrock, from the service-last-accessed report ({@code
 * GetServiceLastAccessedDetails}); only roles whose policies allow Bedrock have an entry.
 *
 * @param arn the role's ARN
 * @param lastAuthenticated the last use, or {@code null} when never used
 */
@ResourceKind(service = "iam", idNoun = "role-bedrock-access", global = true)
public record RoleBedrockAccess(
    String arn, String accountId, String region, String name, java.time.Instant lastAuthenticated)
    implements Resource {}
