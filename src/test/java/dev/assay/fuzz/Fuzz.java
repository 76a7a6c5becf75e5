package dev.assay.fuzz;

import java.util.Random;

/**
 * The size and seed of the fuzz tests: a fixed seed, so a failure repeats, and a CI size that keeps
 * them quick. {@code -Dassay.fuzz.size=N} sets the total number of inputs across the fuzz tests
 * (2,000 by default; each test takes its share), {@code -Dassay.fuzz.seed=S} another seed.
 */
public final class Fuzz {

  public static final int TOTAL = Integer.getInteger("assay.fuzz.size", 2000);
  public static final long SEED = Long.getLong("assay.fuzz.seed", 20261129L);

  private Fuzz() {}

  /** This test's number of inputs: {@code share} of the total, at least 10. */
  public static int cases(double share) {
    return Math.max(10, (int) Math.round(TOTAL * share));
  }

  /** A generator for one test, seeded from the seed and the test's name. */
  public static Random random(String test) {
    return new Random(SEED ^ test.hashCode());
  }
}
