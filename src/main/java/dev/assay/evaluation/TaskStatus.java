package dev.assay.evaluation;

/** Where a manual-evidence task stands at the evaluation instant. */
public enum TaskStatus {
  /** No evidence was ever provided; due now. */
  OPEN,
  /** Evidence was provided and is still within its cadence. */
  SATISFIED,
  /** The last evidence is older than the cadence allows. */
  STALE;

  public boolean outstanding() {
    return this != SATISFIED;
  }
}
