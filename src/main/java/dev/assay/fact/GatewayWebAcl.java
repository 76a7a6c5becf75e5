package dev.assay.fact;

/**
 * The AWS WAF web ACL associated with a Bedrock AgentCore gateway (WAFv2 {@code
 * GetWebACLForResource} on the gateway's ARN). A fact apart from {@link AgentCoreGateway}, so an
 * unreadable WAF answer makes only the WAF rule ERROR.
 *
 * @param arn the gateway's ARN
 * @param webAclArn the associated web ACL, or {@code null} when none is
 */
@ResourceKind(service = "bedrock-agentcore", idNoun = "gateway")
public record GatewayWebAcl(
    String arn, String accountId, String region, String name, String webAclArn)
    implements Resource {}
