package dev.assay.fact;

/**
 * The question "does this agent share a role with another agent?", asked only once every role of
 * this agent is known. The normalizer leaves it out (a gap) when the answer could still change: the
 * agent's own roles or another agent's of the region are unreadable and no sharing is proven yet.
 * Rules answer it by joining {@link AgentRole} facts.
 *
 * @param arn the agent's ARN
 */
@ResourceKind(service = "bedrock", idNoun = "agent-role-sharing")
public record AgentRoleSharing(String arn, String accountId, String region, String name)
    implements Resource {}
