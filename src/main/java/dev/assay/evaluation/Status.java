package dev.assay.evaluation;

/** The status of one rule on one resource (or one account-and-region scope). */
public enum Status {
  PASS,
  FAIL,
  /** The evidence could not be read or judged; never counted as compliant. */
  ERROR,
  /** Nothing in scope for the rule there. */
  NOT_APPLICABLE
}
