package dev.assay.auth;

/** A refused API-key request: bad input (422 over HTTP) or an unknown key (404). */
public class ApiKeyException extends RuntimeException {

  /** Why it was refused. */
  public enum Kind {
    INVALID,
    NOT_FOUND
  }

  private final Kind kind;

  public ApiKeyException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
