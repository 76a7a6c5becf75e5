package dev.assay.report;

import dev.assay.evaluation.ControlStatus;
import dev.assay.evaluation.Status;

/**
 * Assay's statuses as each export format spells them: the mapping table of {@code formats.md} §0.
 * Fail closed: nothing but {@link #PASS} maps to pass, {@code PASSED} or satisfied.
 */
public enum ExportStatus {
  PASS(1, "Pass", "PASSED", "pass"),
  FAIL(3, "Fail", "FAILED", "fail"),
  /** Evidence could not be read or judged. */
  ERROR(2, "Warning", "WARNING", "review"),
  NOT_APPLICABLE(99, "Not Applicable", "NOT_AVAILABLE", "notApplicable"),
  /** Manual evidence is outstanding (an open or stale task). */
  PENDING(0, "Unknown", "WARNING", "open");

  private final int ocsfStatusId;
  private final String ocsfStatus;
  private final String asff;
  private final String sarifKind;

  ExportStatus(int ocsfStatusId, String ocsfStatus, String asff, String sarifKind) {
    this.ocsfStatusId = ocsfStatusId;
    this.ocsfStatus = ocsfStatus;
    this.asff = asff;
    this.sarifKind = sarifKind;
  }

  public static ExportStatus of(Status status) {
    return valueOf(status.name());
  }

  /** OCSF {@code compliance.status_id} and {@code checks[].status_id}. */
  public int ocsfStatusId() {
    return ocsfStatusId;
  }

  public String ocsfStatus() {
    return ocsfStatus;
  }

  /** ASFF {@code Compliance.Status}. */
  public String asff() {
    return asff;
  }

  /** SARIF {@code result.kind}. */
  public String sarifKind() {
    return sarifKind;
  }

  /** SARIF {@code result.level}: from the severity for a failure, {@code none} otherwise. */
  public String sarifLevel(String severity) {
    return this == FAIL ? ExportSeverity.sarifLevel(severity) : "none";
  }

  /** OSCAL {@code target.status.state} of a control. */
  public static String oscalState(ControlStatus status) {
    return status == ControlStatus.COMPLIANT ? "satisfied" : "not-satisfied";
  }

  /** OSCAL {@code target.status.reason} of a control. */
  public static String oscalReason(ControlStatus status) {
    return switch (status) {
      case COMPLIANT -> "pass";
      case NON_COMPLIANT -> "fail";
      case INCONCLUSIVE, NOT_APPLICABLE -> "other";
    };
  }

  /** OCSF {@code compliance.status_id} of a whole control. */
  public static int ocsfStatusId(ControlStatus status) {
    return switch (status) {
      case COMPLIANT -> 1;
      case NON_COMPLIANT -> 3;
      case INCONCLUSIVE -> 2;
      case NOT_APPLICABLE -> 99;
    };
  }
}
