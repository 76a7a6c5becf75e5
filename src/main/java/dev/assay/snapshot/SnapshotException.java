package dev.assay.snapshot;

/** A snapshot that cannot be read: a missing directory, malformed JSON, a bad envelope. */
public class SnapshotException extends RuntimeException {
  public SnapshotException(String message) {
    super(message);
  }

  public SnapshotException(String message, Throwable cause) {
    super(message, cause);
  }
}
