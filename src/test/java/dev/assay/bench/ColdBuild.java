package dev.assay.bench;

import dev.assay.rules.RuleBaseLoader;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * Run in a fresh JVM by {@link BuildBench}: compiles {@code rules/} once and prints the time the
 * load took and the time since the JVM started, in milliseconds.
 */
public final class ColdBuild {

  private ColdBuild() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    new RuleBaseLoader().load(Path.of(args[0]));
    double loadMs = (System.nanoTime() - start) / 1e6;
    long sinceJvmStart =
        System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.println("cold-build " + loadMs + " " + sinceJvmStart);
  }
}
