package dev.assay.collect;

/**
 * A collection that cannot start: bad settings, no credentials, an output directory in the way.
 * Failed AWS calls are never this; they are recorded in the snapshot.
 */
public class CollectException extends RuntimeException {

  public CollectException(String message) {
    super(message);
  }

  public CollectException(String message, Throwable cause) {
    super(message, cause);
  }
}
