package dev.assay.fact;

/**
 * A node of a {@link Flow} that may call a model: a {@code Prompt} node, or a {@code KnowledgeBase}
 * node, which generates a response when it names a {@code modelId} and only retrieves otherwise.
 *
 * @param generates whether the node sends text to a model (Prompt nodes; KnowledgeBase nodes with a
 *     model)
 * @param guardrailId {@code configuration.*.guardrailConfiguration.guardrailIdentifier}, or {@code
 *     null}
 */
public record FlowNode(
    String flowArn, String name, String type, boolean generates, String guardrailId) {}
