package dev.assay.fact;

/**
 * The service role an Amazon Bedrock agent's working draft runs as ({@code agentResourceRoleArn} of
 * {@code GetAgent}), judged against the role's {@link RolePermissions}. A fact of its own, apart
 * from {@link Agent}, so an unreadable role makes only the role rule ERROR, not every agent rule.
 *
 * @param arn the agent's ARN
 * @param roleArn the service role, or {@code null} when the response names none
 */
@ResourceKind(service = "bedrock", idNoun = "agent")
public record AgentServiceRole(
    String arn, String accountId, String region, String name, String roleArn)
    implements RoleReference {}
