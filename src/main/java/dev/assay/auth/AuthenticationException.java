package dev.assay.auth;

/** A token that does not authenticate anyone: unknown, revoked, expired, badly signed. */
public class AuthenticationException extends RuntimeException {

  public AuthenticationException(String message) {
    super(message);
  }

  public AuthenticationException(String message, Throwable cause) {
    super(message, cause);
  }
}
