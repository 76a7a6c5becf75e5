package dev.assay.auth;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The global roles a token carries. {@code owner} and {@code delegate} are not among them: they
 * follow from an assessment's audit owners and its delegations, matched against the caller's
 * subject.
 */
public enum Role {
  /** Everything: settings, API keys, every assessment. */
  ADMIN,
  /**
   * Rules and frameworks (reload, validate, dry runs), creating assessments, reading everything.
   */
  ANALYST,
  /** Read-only: every GET except API keys. */
  READER;

  /** The role named {@code name} (any case), or empty for a name that is no global role. */
  public static Optional<Role> named(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String upper = name.trim().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(r -> r.name().equals(upper)).findFirst();
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
