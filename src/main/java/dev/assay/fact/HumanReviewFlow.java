package dev.assay.fact;

/**
 * An Amazon Augmented AI (A2I) human review workflow (flow definition), from {@code
 * ListFlowDefinitions}; not judged on its own.
 *
 * @param status {@code Initializing}, {@code Active}, {@code Failed} or {@code Deleting}
 */
public record HumanReviewFlow(String accountId, String region, String name, String status) {}
