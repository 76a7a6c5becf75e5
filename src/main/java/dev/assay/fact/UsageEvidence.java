package dev.assay.fact;

/**
 * A fact that proves a service family is used in its account and region without being a resource of
 * it: API activity seen in CloudTrail, say. Region-level rules of that family then apply there.
 */
public interface UsageEvidence {

  String accountId();

  String region();

  /** {@code bedrock} or {@code sagemaker}. */
  String usageFamily();
}
