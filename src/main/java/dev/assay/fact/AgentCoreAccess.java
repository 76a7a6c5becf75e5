package dev.assay.fact;

/**
 * When an IAM role or user last used Amazon Bedrock AgentCore (namespace {@code
 * bedrock-agentcore}), from the service-last-accessed report; only principals whose policies allow
 * it have an entry.
 *
 * @param arn the role's or user's ARN
 * @param principalType {@code role} or {@code user}
 * @param lastAuthenticated the last use, or {@code null} when never used
 */
@ResourceKind(service = "iam", idNoun = "agentcore-access", global = true)
public record AgentCoreAccess(
    String arn,
    String accountId,
    String region,
    String name,
    String principalType,
    java.time.Instant lastAuthenticated)
    implements Resource {}
