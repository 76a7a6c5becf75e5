package dev.assay.evaluation;

/** Manual evidence input that cannot be used, with where and why. */
public class InvalidManualEvidenceException extends RuntimeException {
  public InvalidManualEvidenceException(String message) {
    super(message);
  }
}
