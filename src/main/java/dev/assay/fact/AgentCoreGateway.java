package dev.assay.fact;

/**
 * A Bedrock AgentCore gateway (an MCP front door to tools), from {@code GetGateway}.
 *
 * @param authorizerType {@code CUSTOM_JWT}, {@code AWS_IAM}, {@code AUTHENTICATE_ONLY}, {@code
 *     NONE}, or {@code null} when unset
 * @param kmsKeyArn the customer KMS key, or {@code null} for an AWS-owned key
 * @param policyEngineArn {@code policyEngineConfiguration.arn}, or {@code null}
 * @param policyEngineMode {@code ENFORCE} or {@code LOG_ONLY}, or {@code null}
 * @param exceptionLevel {@code DEBUG} when error details go back to callers, else {@code null}
 */
@ResourceKind(service = "bedrock-agentcore", idNoun = "gateway", usageFamily = "bedrock")
public record AgentCoreGateway(
    String arn,
    String accountId,
    String region,
    String name,
    String authorizerType,
    String kmsKeyArn,
    String policyEngineArn,
    String policyEngineMode,
    String exceptionLevel)
    implements Resource {

  /** Whether a policy engine decides on tool calls (not only logs its decisions). */
  public boolean enforcesPolicy() {
    return policyEngineArn != null && "ENFORCE".equals(policyEngineMode);
  }
}
