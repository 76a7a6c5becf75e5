package dev.assay.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/** Identifiers derived from content, so a fixed input gives byte-identical exports. */
final class StableIds {

  /** The namespace of Assay's name-based UUIDs (itself a v5 UUID of "assay" in the URL space). */
  static final UUID NAMESPACE = UUID.fromString("8c1c4f4e-3b8f-5d6a-9e2b-6a1f0c7d2e51");

  private StableIds() {}

  static String sha256(String text) {
    return HexFormat.of().formatHex(digest("SHA-256", text.getBytes(StandardCharsets.UTF_8)));
  }

  /** An RFC 4122 version 5 (SHA-1, name-based) UUID of {@code name} in Assay's namespace. */
  static String uuid(String name) {
    byte[] ns = new byte[16];
    long msb = NAMESPACE.getMostSignificantBits();
    long lsb = NAMESPACE.getLeastSignificantBits();
    for (int i = 0; i < 8; i++) {
      ns[i] = (byte) (msb >>> (56 - 8 * i));
      ns[8 + i] = (byte) (lsb >>> (56 - 8 * i));
    }
    byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
    byte[] input = new byte[16 + bytes.length];
    System.arraycopy(ns, 0, input, 0, 16);
    System.arraycopy(bytes, 0, input, 16, bytes.length);
    byte[] hash = digest("SHA-1", input);
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    long hi = 0;
    long lo = 0;
    for (int i = 0; i < 8; i++) {
      hi = (hi << 8) | (hash[i] & 0xff);
      lo = (lo << 8) | (hash[8 + i] & 0xff);
    }
    return new UUID(hi, lo).toString();
  }

  private static byte[] digest(String algorithm, byte[] input) {
    try {
      return MessageDigest.getInstance(algorithm).digest(input);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is part of every JDK", e);
    }
  }
}
