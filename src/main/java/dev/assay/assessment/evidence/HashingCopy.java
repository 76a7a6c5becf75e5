package dev.assay.assessment.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Streams bytes to a file while hashing and counting them, in a fixed 64 KiB buffer. */
final class HashingCopy {

  private HashingCopy() {}

  static BlobStore.Stored copy(InputStream in, Path to, long maxBytes) throws IOException {
    MessageDigest digest = EvidenceHasher.digest();
    long size = 0;
    byte[] buffer = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(to)) {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        size += n;
        if (size > maxBytes) {
          throw new BlobStore.TooLarge(maxBytes);
        }
        digest.update(buffer, 0, n);
        out.write(buffer, 0, n);
      }
    }
    return new BlobStore.Stored(HexFormat.of().formatHex(digest.digest()), size);
  }

  static String sha256(InputStream in) throws IOException {
    MessageDigest digest = EvidenceHasher.digest();
    byte[] buffer = new byte[64 * 1024];
    for (int n; (n = in.read(buffer)) >= 0; ) {
      digest.update(buffer, 0, n);
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
