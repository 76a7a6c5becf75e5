package dev.assay.rules;

import java.util.Locale;
import java.util.Optional;

/** How bad a violation of a rule is, as Prowler and Security Hub grade it. */
public enum Severity {
  CRITICAL,
  HIGH,
  MEDIUM,
  LOW,
  INFORMATIONAL;

  public static Optional<Severity> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
