package dev.assay.fact;

/**
 * API activity of a GenAI service in CloudTrail's event history of one account and region: proof
 * that the service is used there, so its region-level rules apply.
 *
 * @param usageFamily {@code bedrock} (event sources {@code bedrock*.amazonaws.com}) or {@code
 *     sagemaker} ({@code sagemaker.amazonaws.com})
 */
public record CloudTrailActivity(String accountId, String region, String usageFamily)
    implements UsageEvidence {}
