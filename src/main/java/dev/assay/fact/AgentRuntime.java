package dev.assay.fact;

/**
 * A Bedrock AgentCore runtime, from {@code GetAgentRuntime}.
 *
 * @param networkMode {@code PUBLIC} or {@code VPC}, or {@code null} when unset
 * @param subnetCount subnets of {@code networkModeConfig} (VPC mode)
 * @param securityGroupCount security groups of {@code networkModeConfig} (VPC mode)
 * @param jwtAuthorizer whether {@code authorizerConfiguration.customJWTAuthorizer} is configured,
 *     so callers' identities reach the agent as validated JWTs
 */
@ResourceKind(service = "bedrock-agentcore", idNoun = "runtime", usageFamily = "bedrock")
public record AgentRuntime(
    String arn,
    String accountId,
    String region,
    String name,
    String networkMode,
    int subnetCount,
    int securityGroupCount,
    boolean jwtAuthorizer)
    implements Resource {}
