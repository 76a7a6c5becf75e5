package dev.assay.assessment;

/**
 * The review status of a control in an assessment. New controls start UNDER_REVIEW (Audit Manager
 * documents no initial state). REVIEWED is final; INACTIVE stops automated evidence and manual
 * uploads until the control is moved back.
 */
public enum ControlStatus {
  UNDER_REVIEW,
  REVIEWED,
  INACTIVE
}
