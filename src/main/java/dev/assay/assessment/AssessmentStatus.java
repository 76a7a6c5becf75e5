package dev.assay.assessment;

/** As in Audit Manager: created ACTIVE; INACTIVE is final and makes the assessment read-only. */
public enum AssessmentStatus {
  ACTIVE,
  INACTIVE
}
