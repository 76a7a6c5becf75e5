package dev.assay.fact;

/**
 * A SageMaker model card, from {@code DescribeModelCard}; not judged on its own. Rules match it to
 * {@link DeployedModel} facts by model name.
 *
 * @param status {@code Draft}, {@code PendingReview}, {@code Approved} or {@code Archived}
 * @param modelName the SageMaker model the card documents ({@code model_overview.model_name}, or
 *     the name in {@code model_overview.model_id}), or {@code null} when the card names none
 */
public record ModelCard(
    String accountId, String region, String name, String status, String modelName) {}
