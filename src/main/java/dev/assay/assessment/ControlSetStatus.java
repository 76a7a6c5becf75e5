package dev.assay.assessment;

/**
 * The status of a control set in an assessment, as in Audit Manager: every change needs a comment;
 * an assessment that becomes INACTIVE marks every set REVIEWED.
 */
public enum ControlSetStatus {
  ACTIVE,
  UNDER_REVIEW,
  REVIEWED
}
