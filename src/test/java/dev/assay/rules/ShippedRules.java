package dev.assay.rules;

import java.nio.file.Path;

/**
 * The shipped rule base, compiled once per test JVM: compiling takes seconds, and every test that
 * reads {@code ./rules} without changing it can share one.
 */
public final class ShippedRules {

  public static final Path RULES = Path.of("rules");
  public static final Path FRAMEWORKS = Path.of("frameworks");
  public static final Path CASES = Path.of("src/test/resources/rulecases");

  /**
   * A small, fixed rule base (two shipped rules, the other domain files empty) for tests of the
   * machinery that must not change, or slow down, as the catalogue grows.
   */
  public static final Path SMALL_RULES = Path.of("src/test/resources/rules-small");

  private static RuleBase ruleBase;
  private static RuleBaseException failure;

  private ShippedRules() {}

  /** The compiled {@code ./rules}; a broken rule base fails every caller with its problems. */
  public static synchronized RuleBase ruleBase() {
    if (failure != null) {
      throw failure;
    }
    if (ruleBase == null) {
      try {
        ruleBase = new RuleBaseLoader().load(RULES);
      } catch (RuleBaseException e) {
        failure = e;
        throw e;
      }
    }
    return ruleBase;
  }
}
