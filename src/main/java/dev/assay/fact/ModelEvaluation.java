package dev.assay.fact;

import java.time.Instant;

/**
 * When a custom or imported Bedrock model was last evaluated, from {@code ListEvaluationJobs}: the
 * newest {@code Completed} job that names the model among its models.
 *
 * @param arn the model's ARN
 * @param kind {@code custom} or {@code imported}
 * @param lastCompletedAt the creation time of the newest completed evaluation job of the model, or
 *     {@code null} when it was never evaluated
 */
@ResourceKind(service = "bedrock", idNoun = "model-evaluation")
public record ModelEvaluation(
    String arn, String accountId, String region, String name, String kind, Instant lastCompletedAt)
    implements Resource {}
