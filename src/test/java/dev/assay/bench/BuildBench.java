package dev.assay.bench;

import dev.assay.rules.RuleBaseLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Compiling the rule base from {@code rules/}: in fresh JVMs (cold) and repeatedly in this one. */
final class BuildBench {

  private final Path rules;

  BuildBench(Path rules) {
    this.rules = rules;
  }

  Map<String, Object> measure(int coldRuns, int warmRuns) throws IOException, InterruptedException {
    // "Build" means compiling: the compiled-rule cache is off for these, measured on its own below.
    Stopwatch cold = new Stopwatch();
    Stopwatch coldWithJvm = new Stopwatch();
    for (int i = 0; i < coldRuns; i++) {
      double[] times = freshJvm(OFF);
      cold.record(times[0]);
      coldWithJvm.record(times[1]);
    }
    Stopwatch fromCache = new Stopwatch();
    Path cacheDir = Files.createTempDirectory("assay-bench-rule-cache-");
    try {
      freshJvm(cacheDir.toString()); // compiles and stores
      for (int i = 0; i < coldRuns; i++) {
        fromCache.record(freshJvm(cacheDir.toString())[0]);
      }
    } finally {
      SnapshotBench.delete(cacheDir);
    }
    String before = System.getProperty(PROPERTY);
    System.setProperty(PROPERTY, OFF);
    Stopwatch warm = new Stopwatch();
    try {
      for (int i = 0; i < 3 + warmRuns; i++) {
        warm.run(i >= 3, () -> new RuleBaseLoader().load(rules));
      }
    } finally {
      if (before == null) {
        System.clearProperty(PROPERTY);
      } else {
        System.setProperty(PROPERTY, before);
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("coldMs", cold.summary());
    out.put("coldSinceJvmStartMs", coldWithJvm.summary());
    out.put("coldFromCompiledCacheMs", fromCache.summary());
    out.put("warmMs", warm.summary());
    return out;
  }

  private static final String PROPERTY = "assay.rules.compiled-cache";
  private static final String OFF = "off";

  /** Runs {@link ColdBuild} in a new JVM with this one's class path; its two times in ms. */
  private double[] freshJvm(String cache) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-D" + PROPERTY + "=" + cache);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ColdBuild.class.getName());
    command.add(rules.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("cold build failed: " + output);
    }
    String line =
        output
            .lines()
            .filter(l -> l.startsWith("cold-build "))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("cold build printed no time: " + output));
    String[] parts = line.split(" ");
    return new double[] {Double.parseDouble(parts[1]), Double.parseDouble(parts[2])};
  }
}
