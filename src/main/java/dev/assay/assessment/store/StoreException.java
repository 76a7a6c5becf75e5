package dev.assay.assessment.store;

/** The database failed (unreachable, constraint broken): a server error, not the caller's. */
public class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
