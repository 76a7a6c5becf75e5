package dev.assay.assessment.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Uploaded evidence files on the local disk, content-addressed: {@code <dir>/<sha[0..2]>/<sha>}. A
 * file is streamed to a temporary file while hashed and counted, then moved into place, so a
 * half-written upload never sits under a hash. An S3 store would implement the same three calls.
 */
public final class BlobStore {

  /** What was stored. */
  public record Stored(String sha256, long size) {}

  /** Thrown when a stream passes the size limit; nothing is kept. */
  public static final class TooLarge extends RuntimeException {
    public TooLarge(long limit) {
      super("larger than " + limit + " bytes");
    }
  }

  private final Path dir;

  public BlobStore(Path dir) {
    this.dir = dir;
  }

  public Stored store(InputStream in, long maxBytes) {
    try {
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, "upload-", ".part");
      try {
        MessageDigest digest = EvidenceHasher.digest();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(temp)) {
          for (int n; (n = in.read(buffer)) > 0; ) {
            size += n;
            if (size > maxBytes) {
              throw new TooLarge(maxBytes);
            }
            digest.update(buffer, 0, n);
            out.write(buffer, 0, n);
          }
        }
        String sha = HexFormat.of().formatHex(digest.digest());
        Path target = path(sha);
        Files.createDirectories(target.getParent());
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Stored(sha, size);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot store evidence file in " + dir + ": " + e.getMessage(), e);
    }
  }

  public Path path(String sha256) {
    return dir.resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  /** The SHA-256 of the stored file now, or {@code null} when it is gone. */
  public String rehash(String sha256) {
    Path file = path(sha256);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    MessageDigest digest = EvidenceHasher.digest();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
    } catch (IOException e) {
      return null;
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
