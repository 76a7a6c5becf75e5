package dev.assay.framework;

/** How a control is evaluated. */
public enum ControlType {
  /** Entirely by rules over collected evidence. */
  AUTOMATED,
  /** Entirely by evidence people provide. */
  MANUAL,
  /** Rules for the measurable part, manual evidence for the rest. */
  HYBRID;

  public boolean needsManualEvidence() {
    return this != AUTOMATED;
  }
}
