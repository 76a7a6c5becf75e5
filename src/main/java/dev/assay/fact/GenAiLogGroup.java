package dev.assay.fact;

/**
 * A CloudWatch Logs log group that receives GenAI content: the destination of Bedrock model
 * invocation logging, or an AgentCore log group (name containing {@code bedrock-agentcore}), with
 * whether a data-protection policy ({@code GetDataProtectionPolicy}) audits or masks sensitive data
 * in it.
 *
 * @param source {@code invocation-logging} or {@code agentcore}
 * @param dataProtected a policy statement audits or de-identifies at least one data identifier
 */
@ResourceKind(service = "logs", idNoun = "genai-log-group")
public record GenAiLogGroup(
    String arn, String accountId, String region, String name, String source, boolean dataProtected)
    implements Resource {}
