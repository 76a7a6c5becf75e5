package dev.assay.assessment.evidence;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where uploaded evidence files live, content-addressed by their SHA-256: on the local disk ({@link
 * LocalBlobStore}, the default) or in S3 ({@link S3BlobStore}). A file is streamed in while hashed
 * and counted, and only then put under its hash, so a half-written or refused upload never sits
 * under a hash.
 */
public interface BlobStore {

  /** What was stored. */
  record Stored(String sha256, long size) {}

  /** Thrown when a stream passes the size limit; nothing is kept. */
  final class TooLarge extends RuntimeException {
    public TooLarge(long limit) {
      super("larger than " + limit + " bytes");
    }
  }

  /** Reads the stream to its end (at most {@code maxBytes}) and stores it under its SHA-256. */
  Stored store(InputStream in, long maxBytes);

  /** The stored bytes; {@link java.io.FileNotFoundException} when they are gone. */
  InputStream open(String sha256) throws IOException;

  /** The SHA-256 of the stored bytes now, or {@code null} when they are gone. */
  String rehash(String sha256);

  /** Deletes the stored bytes (retention); {@code true} if they were there. */
  boolean delete(String sha256);

  /** Where the store keeps its files, for messages. */
  String describe();
}
