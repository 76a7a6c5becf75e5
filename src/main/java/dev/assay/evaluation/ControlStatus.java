package dev.assay.evaluation;

/** The status of one control of a framework. */
public enum ControlStatus {
  /** Every rule passed on every resource, and no manual evidence is outstanding. */
  COMPLIANT,
  /** Some rule failed on some resource. */
  NON_COMPLIANT,
  /** Some evidence could not be read, or manual evidence is outstanding. */
  INCONCLUSIVE,
  /** Nothing in scope for any of its rules. */
  NOT_APPLICABLE
}
