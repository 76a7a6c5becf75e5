package dev.assay.fact;

/**
 * One entry of a guardrail's sensitive-information policy: a PII entity ({@code kind = "PII"},
 * {@code name} its type such as {@code EMAIL}) or a custom regex ({@code kind = "REGEX"}). Actions
 * are {@code BLOCK}, {@code ANONYMIZE} or {@code NONE} (detect only); {@code null} when absent.
 */
public record SensitiveInformationFilter(
    String guardrailArn,
    String kind,
    String name,
    String action,
    String inputAction,
    String outputAction) {

  /** Whether the filter only detects, without blocking or masking, on some side. */
  public boolean detectOnly() {
    return "NONE".equals(action) || "NONE".equals(inputAction) || "NONE".equals(outputAction);
  }
}
