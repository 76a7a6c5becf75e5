package dev.assay.fact;

/**
 * A custom Bedrock AgentCore browser, from {@code GetBrowser}. How its session recordings are
 * stored is the {@link BrowserRecording} aspect.
 *
 * @param networkMode {@code PUBLIC} or {@code VPC}, or {@code null}
 */
@ResourceKind(service = "bedrock-agentcore", idNoun = "browser", usageFamily = "bedrock")
public record AgentCoreBrowser(
    String arn, String accountId, String region, String name, String networkMode)
    implements Resource {}
