package dev.assay.fact;

/**
 * When an IAM user last used Amazon Bedrock, from the service-last-accessed report; only users
 * whose policies allow Bedrock have an entry.
 *
 * @param arn the user's ARN
 * @param lastAuthenticated the last use, or {@code null} when never used
 */
@ResourceKind(service = "iam", idNoun = "user-bedrock-access", global = true)
public record UserBedrockAccess(
    String arn, String accountId, String region, String name, java.time.Instant lastAuthenticated)
    implements Resource {}
