package dev.assay.auth;

import dev.assay.digest.ContentHash;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The shape of API keys: {@code assay_} and 43 characters of base64url (256 random bits). The
 * prefix tells a key from a JWT (which starts with {@code eyJ}) and lets secret scanners find
 * leaked keys.
 */
public final class ApiKeySecret {

  public static final String PREFIX = "assay_";

  /** Characters of the key kept in clear to recognise it in lists: the prefix and six more. */
  static final int SHOWN = PREFIX.length() + 6;

  /**
   * A supplied key (the bootstrap key) must have at least this many characters after the prefix.
   */
  static final int MIN_SUPPLIED = 20;

  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiKeySecret() {}

  public static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether a bearer token is meant as an API key rather than a JWT. */
  public static boolean looksLikeKey(String token) {
    return token.startsWith(PREFIX);
  }

  /**
   * What the store keeps: the SHA-256 of the whole key. No salt is needed because keys are random
   * and long, not chosen by people: there is no dictionary to precompute.
   */
  static String hash(String key) {
    return ContentHash.of(key);
  }

  static String shown(String key) {
    return key.substring(0, Math.min(SHOWN, key.length()));
  }

  /** Checks a key someone chose (ASSAY_BOOTSTRAP_ADMIN_KEY) has the recognisable shape. */
  static void requireWellFormed(String key, String what) {
    if (key == null
        || !key.startsWith(PREFIX)
        || key.length() < PREFIX.length() + MIN_SUPPLIED
        || key.length() > 200
        || !key.chars().allMatch(ch -> ch > 32 && ch < 127)) {
      throw new ApiKeyException(
          ApiKeyException.Kind.INVALID,
          what
              + " must start with "
              + PREFIX
              + " followed by at least "
              + MIN_SUPPLIED
              + " printable characters without spaces");
    }
  }
}
