package dev.assay.report;

/**
 * A report request that is refused or a report file that cannot be read, classified so that each
 * door renders it: HTTP as a problem, the CLI as one line and an exit code.
 */
public class ReportException extends RuntimeException {

  /** Why. */
  public enum Kind {
    /** A bad selection, destination or key file (422; CLI exit 2). */
    INVALID,
    /** The selection holds more evidence items than one report may (422; CLI exit 2). */
    QUOTA,
    /** The evidence does not verify, so no report is built on it (409; CLI exit 1). */
    CONFLICT,
    /** The file to verify is not a readable zip (422; CLI exit 2). */
    UNUSABLE,
    /** The destination could not be written; nothing was left there (502; CLI exit 1). */
    DESTINATION,
    /** A recorded report's zip is no longer at its location (404; CLI exit 1). */
    GONE
  }

  private final Kind kind;
  private final String slug;

  public ReportException(Kind kind, String slug, String message) {
    super(message);
    this.kind = kind;
    this.slug = slug;
  }

  public ReportException(Kind kind, String slug, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.slug = slug;
  }

  public Kind kind() {
    return kind;
  }

  /** The problem name clients switch on, e.g. {@code report-too-large}. */
  public String slug() {
    return slug;
  }

  static ReportException invalid(String message) {
    return new ReportException(Kind.INVALID, "invalid-request", message);
  }
}
