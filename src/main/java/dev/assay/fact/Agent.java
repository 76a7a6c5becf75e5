package dev.assay.fact;

/**
 * An Amazon Bedrock agent (its working draft), from {@code GetAgent}. The roles it holds across
 * deployed versions are {@link AgentRole} facts.
 *
 * @param guardrailId {@code guardrailConfiguration.guardrailIdentifier}, or {@code null}
 * @param idleSessionTtlSeconds {@code idleSessionTTLInSeconds}, or {@code null} when unset
 * @param roleArn {@code agentResourceRoleArn} of the draft
 */
@ResourceKind(service = "bedrock", idNoun = "agent", usageFamily = "bedrock")
public record Agent(
    String arn,
    String accountId,
    String region,
    String agentId,
    String name,
    String guardrailId,
    Integer idleSessionTtlSeconds,
    String roleArn)
    implements Resource {}
