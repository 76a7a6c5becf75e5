package dev.assay.bench;

import dev.assay.evaluation.Evaluator;
import dev.assay.fact.EvaluationContext;
import dev.assay.framework.Framework;
import dev.assay.framework.FrameworkLoader;
import dev.assay.rules.RuleBase;
import dev.assay.rules.RuleBaseLoader;
import dev.assay.snapshot.NormalizedSnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One part of the benchmark in a loop, for a profiler ({@code bench/profile}): {@code evaluate},
 * {@code fire}, {@code parallel}, {@code floor} (the evaluator with the floor's predicates), {@code
 * verdicts} (the old verdict-only floor), {@code predicates} or {@code snapshot}, on an estate of
 * the given size, for the given number of rounds after a few warm-ups. Prints each round's wall and
 * CPU time.
 */
public final class ProfileMain {

  private ProfileMain() {}

  public static void main(String[] args) throws Exception {
    String what = args.length > 0 ? args[0] : "evaluate";
    int size = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    if (what.equals("snapshot")) {
      System.out.println(new SnapshotBench(Path.of("examples/snapshot")).measure(5, 3, rounds));
      return;
    }
    RuleBase ruleBase = new RuleBaseLoader().load(Path.of("rules"));
    Framework framework =
        new FrameworkLoader(ruleBase.rules().keySet())
            .load(Path.of("frameworks"))
            .find(BenchMain.FRAMEWORK)
            .orElseThrow();
    NormalizedSnapshot estate = EstateGenerator.generate(BenchMain.SEED, size);
    List<Object> facts = new ArrayList<>(estate.facts());
    facts.add(new EvaluationContext(EstateGenerator.NOW, ruleBase.parameters()));
    Stopwatch watch = new Stopwatch();
    for (int i = 0; i < 3 + rounds; i++) {
      boolean measured = i >= 3;
      watch.run(
          measured,
          () ->
              switch (what) {
                case "fire" -> ruleBase.fire(facts);
                case "parallel" -> ruleBase.fireInParallel(facts);
                case "floor" -> Floor.evaluate(estate, ruleBase, framework, EstateGenerator.NOW);
                case "verdicts" ->
                    FloorVerdicts.evaluate(estate, ruleBase, framework, EstateGenerator.NOW);
                case "predicates" -> Floor.violations(facts);
                default ->
                    new Evaluator().evaluate(estate, ruleBase, framework, EstateGenerator.NOW);
              });
    }
    System.out.println(what + " " + estate.facts().size() + " facts: " + watch.summary());
  }
}
