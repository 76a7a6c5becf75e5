package dev.assay.bench;

import dev.assay.evaluation.EvaluationResult;
import dev.assay.evaluation.Evaluator;
import dev.assay.evaluation.Finding;
import dev.assay.fact.EvaluationContext;
import dev.assay.framework.Framework;
import dev.assay.rules.RuleBase;
import dev.assay.snapshot.NormalizedSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The rule engine against the floor on one generated estate. Both go through the same evaluator,
 * one firing the rules and one running the floor's predicates, so first their whole results must be
 * equal; then each is timed over several alternating runs after warm-up, with the pure detecting
 * parts (firing against predicates) and the old verdict-only floor beside them.
 */
final class EvaluationBench {

  private final RuleBase ruleBase;
  private final Framework framework;

  EvaluationBench(RuleBase ruleBase, Framework framework) {
    this.ruleBase = ruleBase;
    this.framework = framework;
  }

  /**
   * Throws, naming a few differences, unless engine and floor give the same whole result, and the
   * old verdict-only floor the same (rule, resource, status) set.
   */
  Map<String, Object> requireAgreement(NormalizedSnapshot estate) {
    Floor.requireImplemented(estate, ruleBase, framework, EstateGenerator.NOW);
    EvaluationResult engine =
        new Evaluator().evaluate(estate, ruleBase, framework, EstateGenerator.NOW);
    ResultComparison.requireSame(
        engine, Floor.evaluate(estate, ruleBase, framework, EstateGenerator.NOW));
    compare(engine, FloorVerdicts.evaluate(estate, ruleBase, framework, EstateGenerator.NOW));
    Map<String, Long> byStatus =
        engine.findings().stream()
            .collect(
                Collectors.groupingBy(
                    f -> f.status().name(), java.util.TreeMap::new, Collectors.counting()));
    Map<String, Object> agreement = new LinkedHashMap<>();
    agreement.put("findings", engine.findings().size());
    agreement.put("byStatus", byStatus);
    agreement.put(
        "rulesFailing",
        engine.findings().stream()
            .filter(EvaluationBench::failed)
            .map(Finding::ruleId)
            .distinct()
            .count());
    agreement.put("controls", engine.controls().size());
    agreement.put("tasks", engine.tasks().size());
    return agreement;
  }

  /** Throws, naming a few differences, unless both reached the same (rule, resource, status)s. */
  static void compare(EvaluationResult engine, List<FloorVerdicts.Verdict> floor) {
    Set<String> engineKeys =
        engine.findings().stream()
            .map(f -> f.ruleId() + " " + f.resourceArn() + " " + f.status())
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> floorKeys =
        floor.stream()
            .map(FloorVerdicts.Verdict::key)
            .collect(Collectors.toCollection(TreeSet::new));
    if (!engineKeys.equals(floorKeys) || engine.findings().size() != floor.size()) {
      Set<String> onlyEngine = new TreeSet<>(engineKeys);
      onlyEngine.removeAll(floorKeys);
      Set<String> onlyFloor = new TreeSet<>(floorKeys);
      onlyFloor.removeAll(engineKeys);
      throw new IllegalStateException(
          "engine and verdict-only floor disagree: "
              + engine.findings().size()
              + " findings vs "
              + floor.size()
              + "; only engine: "
              + first(onlyEngine)
              + "; only floor: "
              + first(onlyFloor));
    }
  }

  private static boolean failed(Finding f) {
    return f.status() == dev.assay.evaluation.Status.FAIL;
  }

  private static String first(Set<String> keys) {
    return keys.stream().limit(5).toList()
        + (keys.size() > 5 ? " (+" + (keys.size() - 5) + ")" : "");
  }

  /** Times the contenders on one estate; {@code rounds} measured after {@code warmups}. */
  Map<String, Object> time(NormalizedSnapshot estate, int warmups, int rounds) {
    List<Object> facts = new ArrayList<>(estate.facts());
    facts.add(new EvaluationContext(EstateGenerator.NOW, ruleBase.parameters()));
    Stopwatch evaluate = new Stopwatch();
    Stopwatch floor = new Stopwatch();
    Stopwatch verdicts = new Stopwatch();
    Stopwatch fire = new Stopwatch();
    Stopwatch fireParallel = new Stopwatch();
    Stopwatch predicates = new Stopwatch();
    HeapSampler heap = new HeapSampler();
    for (int i = 0; i < warmups + rounds; i++) {
      boolean measured = i >= warmups;
      floor.run(measured, () -> Floor.evaluate(estate, ruleBase, framework, EstateGenerator.NOW));
      heap.during(
          measured,
          () ->
              evaluate.run(
                  measured,
                  () ->
                      new Evaluator().evaluate(estate, ruleBase, framework, EstateGenerator.NOW)));
      verdicts.run(
          measured, () -> FloorVerdicts.evaluate(estate, ruleBase, framework, EstateGenerator.NOW));
      predicates.run(measured, () -> Floor.violations(facts));
      fire.run(measured, () -> ruleBase.fire(facts));
      fireParallel.run(measured, () -> ruleBase.fireInParallel(facts));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    int n = estate.facts().size();
    out.put("facts", n);
    out.put("engineMs", evaluate.summary());
    out.put("floorMs", floor.summary());
    out.put("ratio", round(evaluate.median() / floor.median(), 2));
    out.put("cpuRatio", round(evaluate.cpuMedian() / floor.cpuMedian(), 2));
    out.put("engineFactsPerSecond", Math.round(n / (evaluate.median() / 1000)));
    out.put("floorFactsPerSecond", Math.round(n / (floor.median() / 1000)));
    out.put("verdictFloorMs", verdicts.summary());
    out.put("verdictRatio", round(evaluate.median() / verdicts.median(), 2));
    out.put("verdictCpuRatio", round(evaluate.cpuMedian() / verdicts.cpuMedian(), 2));
    out.put("firingMode", RuleBase.firingMode());
    out.put("fireOnlyMs", fire.summary());
    out.put("fireParallelMs", fireParallel.summary());
    out.put("predicatesOnlyMs", predicates.summary());
    out.put("fireRatio", round(fire.median() / predicates.median(), 2));
    out.put("fireCpuRatio", round(fire.cpuMedian() / predicates.cpuMedian(), 2));
    out.put("peakHeapMiB", heap.peakMiB());
    return out;
  }

  static double round(double value, int places) {
    double scale = Math.pow(10, places);
    return Math.round(value * scale) / scale;
  }
}
