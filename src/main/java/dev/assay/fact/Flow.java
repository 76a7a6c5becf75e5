package dev.assay.fact;

/**
 * An Amazon Bedrock flow (its working draft), from {@code GetFlow}. Its model-calling nodes are
 * {@link FlowNode} facts.
 */
@ResourceKind(service = "bedrock", idNoun = "flow", usageFamily = "bedrock")
public record Flow(String arn, String accountId, String region, String name) implements Resource {}
