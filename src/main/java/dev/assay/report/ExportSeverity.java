package dev.assay.report;

import java.util.Locale;

/** A rule's severity ({@code critical} … {@code informational}) in each format's terms. */
final class ExportSeverity {

  private ExportSeverity() {}

  private static String norm(String severity) {
    return severity == null ? "" : severity.trim().toLowerCase(Locale.ROOT);
  }

  /** OCSF {@code severity_id}: 1 Informational … 5 Critical, 0 Unknown. */
  static int ocsfId(String severity) {
    return switch (norm(severity)) {
      case "informational" -> 1;
      case "low" -> 2;
      case "medium" -> 3;
      case "high" -> 4;
      case "critical" -> 5;
      default -> 0;
    };
  }

  static String ocsfCaption(String severity) {
    return switch (ocsfId(severity)) {
      case 1 -> "Informational";
      case 2 -> "Low";
      case 3 -> "Medium";
      case 4 -> "High";
      case 5 -> "Critical";
      default -> "Unknown";
    };
  }

  /** ASFF {@code Severity.Label}. */
  static String asffLabel(String severity) {
    int id = ocsfId(severity);
    return id == 0 ? "INFORMATIONAL" : ocsfCaption(severity).toUpperCase(Locale.ROOT);
  }

  /** SARIF level of a failure: critical/high error, medium warning, else note. */
  static String sarifLevel(String severity) {
    return switch (ocsfId(severity)) {
      case 5, 4 -> "error";
      case 3 -> "warning";
      default -> "note";
    };
  }

  /** GitHub code scanning's {@code security-severity}. */
  static String securitySeverity(String severity) {
    return switch (ocsfId(severity)) {
      case 5 -> "9.0";
      case 4 -> "7.0";
      case 3 -> "4.0";
      case 2 -> "2.0";
      default -> "0.0";
    };
  }
}
