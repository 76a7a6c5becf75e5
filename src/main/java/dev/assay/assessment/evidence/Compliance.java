package dev.assay.assessment.evidence;

/** The compliance result an evidence item carries, as Audit Manager labels it. */
public enum Compliance {
  COMPLIANT,
  NON_COMPLIANT,
  /** No automated verdict: a failed call, nothing in scope, or evidence a person must judge. */
  INCONCLUSIVE
}
