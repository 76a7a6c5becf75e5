package dev.assay.assessment;

/**
 * A request about assessments that is refused, classified so that each door can render it: the HTTP
 * API as a problem with the kind's status, the CLI as a one-line message.
 */
public class AssessmentException extends RuntimeException {

  /** Why it was refused. */
  public enum Kind {
    /** No such assessment, control, run or evidence item (404). */
    NOT_FOUND,
    /** Invalid input: a missing name, an unknown framework, a bad account ID (422). */
    INVALID,
    /** The assessment or control is in a state that forbids the change (409). */
    CONFLICT,
    /** A quota such as uploads per control per day or active assessments (429). */
    QUOTA,
    /** Manual evidence over the size limit (413). */
    TOO_LARGE,
    /** An uploaded file of a type that is not accepted, or not what it was declared as (415). */
    UNSUPPORTED_TYPE
  }

  private final Kind kind;
  private final String slug;

  /**
   * @param slug the problem name clients can switch on, e.g. {@code assessment-inactive}
   */
  public AssessmentException(Kind kind, String slug, String message) {
    super(message);
    this.kind = kind;
    this.slug = slug;
  }

  public Kind kind() {
    return kind;
  }

  public String slug() {
    return slug;
  }

  static AssessmentException notFound(String what, String id) {
    return new AssessmentException(Kind.NOT_FOUND, "unknown-" + what, "no " + what + " " + id);
  }

  static AssessmentException invalid(String message) {
    return new AssessmentException(Kind.INVALID, "invalid-request", message);
  }
}
