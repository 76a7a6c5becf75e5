package dev.assay.assessment.evidence;

/** Where an evidence item came from (Audit Manager's evidence-by-type, plus manual kinds). */
public enum EvidenceType {
  /** A recorded AWS API response a run evaluated. */
  CONFIGURATION_DATA,
  /** A file someone uploaded. */
  MANUAL_FILE,
  /** A text answer someone gave. */
  MANUAL_TEXT;

  public boolean manual() {
    return this != CONFIGURATION_DATA;
  }
}
