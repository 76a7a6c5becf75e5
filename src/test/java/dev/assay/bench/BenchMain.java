package dev.assay.bench;

import dev.assay.framework.Framework;
import dev.assay.framework.FrameworkLoader;
import dev.assay.json.PrettyJson;
import dev.assay.rules.RuleBase;
import dev.assay.rules.RuleBaseLoader;
import dev.assay.snapshot.NormalizedSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark ({@code bench/run}): rule base build, the standard framework against the floor on
 * generated estates, snapshot reading, and the service (ready time, HTTP load, live reload). Writes
 * {@code bench/results/*.json}, prints a table and ends with {@code ratio: X}, the engine's time
 * over the floor's on 100k facts.
 */
public final class BenchMain {

  static final String FRAMEWORK = "genai-best-practices-v2";
  static final long SEED = 20261129L;

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    List<String> options = List.of(args);
    boolean quick = options.contains("--quick");
    Path rules = Path.of("rules");
    Path frameworks = Path.of("frameworks");
    Path example = Path.of("examples/snapshot");
    Path jar = Path.of("target/assay.jar");

    Map<String, Object> results = new LinkedHashMap<>();
    results.put("mode", quick ? "quick" : "full");
    results.put("machine", Machine.describe());
    results.put("framework", FRAMEWORK);
    results.put("seed", SEED);

    step("rule base build (fresh JVMs, then warm)");
    results.put("ruleBaseBuild", new BuildBench(rules).measure(quick ? 1 : 3, quick ? 3 : 5));

    RuleBase ruleBase = new RuleBaseLoader().load(rules);
    Framework framework =
        new FrameworkLoader(ruleBase.rules().keySet())
            .load(frameworks)
            .find(FRAMEWORK)
            .orElseThrow();
    EvaluationBench bench = new EvaluationBench(ruleBase, framework);
    Map<String, Object> evaluation = new LinkedHashMap<>();
    List<Integer> sizes = quick ? List.of(100_000) : List.of(10_000, 100_000, 1_000_000);
    for (int size : sizes) {
      step("evaluation of " + size + " facts: engine and floor must agree, then timing");
      NormalizedSnapshot estate = EstateGenerator.generate(SEED, size);
      Map<String, Object> agreement = bench.requireAgreement(estate);
      int warmups = size >= 1_000_000 ? 1 : size >= 100_000 ? 3 : 5;
      int rounds = size >= 1_000_000 ? 3 : quick ? 3 : size >= 100_000 ? 5 : 10;
      Map<String, Object> timing = bench.time(estate, warmups, rounds);
      timing.put("agreement", agreement);
      evaluation.put(Integer.toString(size), timing);
    }
    if (sizes.size() > 1) {
      evaluation.put("growth", Growth.of(evaluation));
    }
    results.put("evaluation", evaluation);

    step("snapshot reading and normalising");
    // Steady state, as a running service reads snapshots: two warm-up rounds left the normalisers
    // interpreted or half-compiled (the rate more than doubled between the 2nd and the 12th round).
    results.put(
        "snapshot",
        new SnapshotBench(example).measure(quick ? 5 : 10, quick ? 5 : 10, quick ? 5 : 10));

    if (options.contains("--no-service")) {
      step("service skipped (--no-service)");
    } else if (!Files.exists(jar)) {
      step("service skipped: no " + jar + " (bench/run builds it)");
    } else {
      step("service: ready time, HTTP load with 32 clients, live reload under load");
      results.put(
          "service",
          new ServiceBench(jar, rules, frameworks, example)
              .measure(quick ? 1 : 3, Duration.ofSeconds(quick ? 6 : 20), quick ? 2 : 4));
    }
    cast(results.get("machine")).put("loadAverageAtEnd", Machine.loadAverage());

    Path out = Path.of(System.getProperty("assay.bench.results", "bench/results"));
    Files.createDirectories(out);
    String json = PrettyJson.write(results);
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    Files.writeString(out.resolve(stamp + "-" + results.get("mode") + ".json"), json);
    Files.writeString(out.resolve("latest-" + results.get("mode") + ".json"), json);
    List<String> table = new ArrayList<>(Report.table(results));
    table.forEach(System.out::println);
    Map<String, Object> at100k = cast(evaluation.get("100000"));
    System.out.println("ratio: " + at100k.get("ratio"));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> cast(Object value) {
    return (Map<String, Object>) value;
  }

  private static void step(String what) {
    System.err.println(
        "[bench " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_TIME) + "] " + what);
  }
}
