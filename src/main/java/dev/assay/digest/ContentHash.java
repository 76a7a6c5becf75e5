package dev.assay.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * SHA-256 content hashes, the one implementation every layer uses: of one text or byte array, and
 * of a set of named files (the version of a rule base or a framework directory).
 */
public final class ContentHash {

  private ContentHash() {}

  public static String of(String content) {
    return hex(content.getBytes(StandardCharsets.UTF_8));
  }

  /** The lowercase hex SHA-256 of {@code bytes}. */
  public static String of(byte[] bytes) {
    return hex(bytes);
  }

  /**
   * One hash over file names and their hashes, in name order: the same files give the same hash.
   */
  public static String ofFiles(Map<String, String> hashesByName) {
    StringBuilder manifest = new StringBuilder();
    hashesByName.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> manifest.append(e.getKey()).append(' ').append(e.getValue()).append('\n'));
    return "sha256:" + of(manifest.toString()).substring(0, 16);
  }

  private static String hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
