package dev.assay.rules;

import java.util.Locale;
import java.util.Optional;

/** The eight domains of the GenAI best-practices framework; one rule file each. */
public enum Domain {
  ACCURACY,
  FAIR,
  PRIVACY,
  RESILIENCE,
  RESPONSIBLE,
  SAFE,
  SECURE,
  SUSTAINABLE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String drlFile() {
    return id() + ".drl";
  }

  public String metaFile() {
    return id() + ".meta.yaml";
  }

  public String drlPackage() {
    return "dev.assay.rules." + id();
  }

  public static Optional<Domain> parse(String id) {
    for (Domain domain : values()) {
      if (domain.id().equals(id)) {
        return Optional.of(domain);
      }
    }
    return Optional.empty();
  }
}
