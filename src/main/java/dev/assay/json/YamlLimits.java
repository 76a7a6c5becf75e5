package dev.assay.json;

/**
 * How large and how deep a YAML document {@link SafeYaml} accepts. The defaults fit every shipped
 * file many times over; the service sets its configured values ({@code assay.limits.yaml-*}) at
 * startup, the CLI keeps the defaults.
 *
 * @param maxChars characters of one document
 * @param maxDepth nested mappings and lists
 */
public record YamlLimits(int maxChars, int maxDepth) {

  public static final YamlLimits DEFAULTS = new YamlLimits(5 * 1024 * 1024, 64);

  private static volatile YamlLimits current = DEFAULTS;

  public YamlLimits {
    if (maxChars < 1 || maxDepth < 1) {
      throw new IllegalArgumentException("YAML limits must be positive");
    }
  }

  public static YamlLimits current() {
    return current;
  }

  /** Sets the limits for the whole process (the service does so once, from its configuration). */
  public static void set(YamlLimits limits) {
    current = limits;
  }
}
