package dev.assay.assessment;

/**
 * Audit Manager's delegation states: the delegate works on the set (IN_PROGRESS), submits it back
 * for review (UNDER_REVIEW), an owner accepts it (COMPLETE, final).
 */
public enum DelegationStatus {
  IN_PROGRESS,
  UNDER_REVIEW,
  COMPLETE
}
