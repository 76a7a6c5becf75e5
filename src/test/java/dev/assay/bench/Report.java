package dev.assay.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The results as a plain-text table, each figure beside the target where it has one. */
final class Report {

  private final List<String> lines = new ArrayList<>();

  private Report() {}

  static List<String> table(Map<String, Object> results) {
    Report r = new Report();
    Map<String, Object> machine = BenchMain.cast(results.get("machine"));
    r.lines.add(
        "Assay benchmark ("
            + results.get("mode")
            + ") "
            + machine.get("date")
            + " commit "
            + machine.get("commit")
            + " - "
            + machine.get("cores")
            + " cores, "
            + machine.get("memoryGiB")
            + " GiB, "
            + machine.get("jvm")
            + ", load average "
            + machine.get("loadAverageAtStart")
            + " -> "
            + machine.get("loadAverageAtEnd"));
    r.row("METRIC", "VALUE", "TARGET", "");
    Map<String, Object> build = BenchMain.cast(results.get("ruleBaseBuild"));
    r.check(
        "rule base build, fresh JVM",
        ms(build, "coldMs"),
        "< 2000 ms",
        median(build, "coldMs") < 2000);
    r.row("  same, counting JVM start", ms(build, "coldSinceJvmStartMs"), "", "");
    if (build.containsKey("coldFromCompiledCacheMs")) {
      r.row("  from the compiled-rule cache", ms(build, "coldFromCompiledCacheMs"), "", "");
    }
    r.check(
        "rule base build, warm", ms(build, "warmMs"), "< 500 ms", median(build, "warmMs") < 500);
    Map<String, Object> evaluation = BenchMain.cast(results.get("evaluation"));
    for (Map.Entry<String, Object> e : evaluation.entrySet()) {
      if (e.getKey().equals("growth")) {
        continue;
      }
      Map<String, Object> size = BenchMain.cast(e.getValue());
      String facts = String.format("%,d facts", ((Number) size.get("facts")).intValue());
      boolean million = e.getKey().equals("1000000");
      r.row("evaluate " + facts + ": engine", ms(size, "engineMs"), "", "");
      r.row("  floor (same evaluator, Java predicates)", ms(size, "floorMs"), "", "");
      r.row(
          "  CPU time engine / floor",
          cpu(size, "engineMs") + " / " + cpu(size, "floorMs") + " = " + size.get("cpuRatio") + "x",
          "",
          "");
      r.check(
          "  ratio engine/floor",
          size.get("ratio") + "x",
          million ? "<= 1.5x" : "",
          million ? ((Number) size.get("ratio")).doubleValue() <= 1.5 : null);
      long perSecond = ((Number) size.get("engineFactsPerSecond")).longValue();
      r.check(
          "  engine facts/s",
          String.format("%,d", perSecond),
          million ? ">= 300,000" : "",
          million ? perSecond >= 300_000 : null);
      r.row(
          "  floor facts/s",
          String.format("%,d", ((Number) size.get("floorFactsPerSecond")).longValue()),
          "",
          "");
      r.row(
          "  rules only: fire (as evaluate does)",
          ms(size, "fireOnlyMs") + " [" + size.getOrDefault("firingMode", "one session") + "]",
          "",
          "");
      r.row("  rules only: fire in parallel sessions", ms(size, "fireParallelMs"), "", "");
      r.row("  rules only: floor predicates", ms(size, "predicatesOnlyMs"), "", "");
      r.row(
          "  rules only: fire vs floor predicates",
          size.get("fireRatio") + "x (CPU " + size.getOrDefault("fireCpuRatio", "?") + "x)",
          "",
          "");
      if (size.containsKey("verdictFloorMs")) {
        // The floor as measured before it went through the evaluator, so the change shows.
        r.row("  old floor (verdicts only, no judging)", ms(size, "verdictFloorMs"), "", "");
        r.row(
            "  ratio engine/old floor",
            size.get("verdictRatio") + "x (CPU " + size.get("verdictCpuRatio") + "x)",
            "",
            "");
      }
      long heap = ((Number) size.get("peakHeapMiB")).longValue();
      r.check(
          "  peak heap (estate included)",
          heap + " MiB",
          million ? "< 2048 MiB" : "",
          million ? heap < 2048 : null);
    }
    if (evaluation.containsKey("growth")) {
      Map<String, Object> growth = BenchMain.cast(evaluation.get("growth"));
      r.row(
          "growth: ms per 100k facts (slope)",
          growth.get("engineMsPer100kFacts") + " (r2 " + growth.get("rSquared") + ")",
          "linear",
          "");
      r.row("  us per fact by size", String.valueOf(growth.get("engineMicrosPerFact")), "", "");
    }
    Map<String, Object> snapshot = BenchMain.cast(results.get("snapshot"));
    double mbs = ((Number) snapshot.get("readAndNormalizeMiBPerSecond")).doubleValue();
    r.check(
        "snapshot read+normalise (" + snapshot.get("snapshotMiB") + " MiB)",
        mbs + " MiB/s",
        ">= 50 MB/s",
        mbs * 1.048576 >= 50);
    if (results.containsKey("service")) {
      Map<String, Object> service = BenchMain.cast(results.get("service"));
      r.check(
          "service ready after start",
          ms(service, "readyMs"),
          "< 3000 ms",
          median(service, "readyMs") < 3000);
      Map<String, Object> http = BenchMain.cast(service.get("http"));
      double p99 = ((Number) http.get("p99Ms")).doubleValue();
      long rps = ((Number) http.get("requestsPerSecond")).longValue();
      long errors = ((Number) http.get("errors")).longValue();
      String what =
          "HTTP 1-account eval (" + http.get("resourcesPerRequest") + " resources), 32 clients";
      r.row(
          what,
          http.get("requests") + " requests, " + errors + " errors",
          "0 errors",
          errors == 0 ? "ok" : "MISSED");
      r.check(
          "  p50 / p99 latency", http.get("p50Ms") + " / " + p99 + " ms", "p99 < 15 ms", p99 < 15);
      r.check("  throughput", rps + " req/s", ">= 2000 req/s", rps >= 2000);
      Map<String, Object> reload = BenchMain.cast(service.get("reload"));
      long failed = ((Number) reload.get("failedRequests")).longValue();
      r.check(
          "reload under load: visible after",
          ms(reload, "visibleAfterMs"),
          "< 1000 ms",
          median(reload, "visibleAfterMs") < 1000);
      r.check(
          "  failed requests during swaps",
          failed + " of " + reload.get("requestsDuringSwaps"),
          "0",
          failed == 0);
    }
    return r.lines;
  }

  private static String ms(Map<String, Object> section, String key) {
    Map<String, Object> t = BenchMain.cast(section.get(key));
    return t.get("median") + " ms (min " + t.get("min") + ", n=" + t.get("runs") + ")";
  }

  private static String cpu(Map<String, Object> section, String key) {
    return BenchMain.cast(section.get(key)).get("cpuMedian") + " ms";
  }

  private static double median(Map<String, Object> section, String key) {
    return ((Number) BenchMain.cast(section.get(key)).get("median")).doubleValue();
  }

  private void check(String metric, String value, String target, Boolean met) {
    row(metric, value, target, met == null ? "" : met ? "ok" : "MISSED");
  }

  private void row(String metric, String value, String target, String met) {
    lines.add(String.format("%-44s %-40s %-14s %s", metric, value, target, met).stripTrailing());
  }
}
