package dev.assay.evaluation;

import dev.assay.framework.FrameworkCatalog;

/** A framework ID that no loaded framework has. */
public class UnknownFrameworkException extends RuntimeException {

  private final String frameworkId;

  public UnknownFrameworkException(String frameworkId, FrameworkCatalog catalog) {
    super(
        "unknown framework "
            + frameworkId
            + "; known: "
            + String.join(", ", catalog.frameworks().keySet()));
    this.frameworkId = frameworkId;
  }

  public String frameworkId() {
    return frameworkId;
  }
}
