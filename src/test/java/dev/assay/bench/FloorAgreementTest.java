package dev.assay.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.evaluation.Detector;
import dev.assay.evaluation.EvaluationResult;
import dev.assay.evaluation.Evaluator;
import dev.assay.evaluation.Status;
import dev.assay.fact.EvaluationContext;
import dev.assay.framework.Framework;
import dev.assay.framework.FrameworkLoader;
import dev.assay.rules.Firings;
import dev.assay.rules.RuleBase;
import dev.assay.rules.ShippedRules;
import dev.assay.rules.Violation;
import dev.assay.snapshot.NormalizedSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's two contenders give the same whole result on a small estate, so the floor it
 * times really does the rules' work; and a floor that misses a violation, words a reason otherwise
 * or misses an evidence request is caught, with the difference named. Nothing here is timed.
 */
class FloorAgreementTest {

  private final RuleBase ruleBase = ShippedRules.ruleBase();
  private final Framework framework =
      new FrameworkLoader(ruleBase.rules().keySet())
          .load(ShippedRules.FRAMEWORKS)
          .find(BenchMain.FRAMEWORK)
          .orElseThrow();
  private final NormalizedSnapshot estate = EstateGenerator.generate(7, 2_000);

  @Test
  void engineAndFloorGiveTheSameWholeResultOnAGeneratedEstate() {
    assertTrue(estate.facts().size() >= 2_000, "facts: " + estate.facts().size());

    Map<String, Object> agreement =
        new EvaluationBench(ruleBase, framework).requireAgreement(estate);

    @SuppressWarnings("unchecked")
    Map<String, Long> byStatus = (Map<String, Long>) agreement.get("byStatus");
    assertTrue(byStatus.get("FAIL") > 100, byStatus.toString());
    assertTrue(byStatus.get("PASS") > 100, byStatus.toString());
    assertTrue((long) agreement.get("rulesFailing") > 60, agreement.toString());
    assertTrue((int) agreement.get("tasks") > 0, agreement.toString());
  }

  @Test
  void theSameSeedGivesTheSameEstateAndAnotherSeedAnother() {
    assertEquals(
        EstateGenerator.generate(7, 2_000).facts(), EstateGenerator.generate(7, 2_000).facts());
    assertNotEquals(
        EstateGenerator.generate(7, 2_000).facts(), EstateGenerator.generate(8, 2_000).facts());
  }

  @Test
  void aFloorThatMissesAViolationIsCaught() {
    Violation missed = Floor.detect(ruleBase, facts()).violations().get(0);

    String message =
        disagreement(
            (rb, facts) -> {
              Firings found = Floor.detect(rb, facts);
              List<Violation> violations = new ArrayList<>(found.violations());
              violations.removeIf(missed::equals);
              return new Firings(violations, found.evidenceRequests(), found.firedRules());
            });

    assertTrue(
        message.contains("finding " + missed.ruleId() + " " + missed.resourceArn() + ": status"),
        message);
  }

  @Test
  void aFloorThatWordsAReasonOtherwiseIsCaught() {
    String message =
        disagreement(
            (rb, facts) -> {
              Firings found = Floor.detect(rb, facts);
              List<Violation> violations = new ArrayList<>(found.violations());
              Violation v = violations.get(0);
              violations.set(0, new Violation(v.ruleId(), v.resourceArn(), "Something is off."));
              return new Firings(violations, found.evidenceRequests(), found.firedRules());
            });

    assertTrue(message.contains(": reason engine '"), message);
    assertTrue(message.contains("', floor 'Something is off.'"), message);
  }

  @Test
  void aFloorThatMissesTheEvidenceRequestsIsCaught() {
    String message =
        disagreement(
            (rb, facts) -> {
              Firings found = Floor.detect(rb, facts);
              return new Firings(found.violations(), List.of(), found.firedRules());
            });

    assertTrue(message.contains("tasks: engine "), message);
    assertTrue(message.contains(" only in engine: Task["), message);
  }

  @Test
  void theVerdictOnlyFloorStillAgreesAndItsMissIsCaught() {
    EvaluationResult engine =
        new Evaluator().evaluate(estate, ruleBase, framework, EstateGenerator.NOW);
    List<FloorVerdicts.Verdict> floor =
        new ArrayList<>(FloorVerdicts.evaluate(estate, ruleBase, framework, EstateGenerator.NOW));
    EvaluationBench.compare(engine, floor);
    int failed = 0;
    while (floor.get(failed).status() != Status.FAIL) {
      failed++;
    }
    FloorVerdicts.Verdict missed = floor.get(failed);
    floor.set(
        failed,
        new FloorVerdicts.Verdict(missed.ruleId(), missed.resourceArn(), Status.PASS, null));

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> EvaluationBench.compare(engine, floor));
    assertTrue(e.getMessage().contains(missed.key()), e.getMessage());
  }

  /** The message with which the engine's and {@code detector}'s results are found to differ. */
  private String disagreement(Detector detector) {
    EvaluationResult engine =
        new Evaluator().evaluate(estate, ruleBase, framework, EstateGenerator.NOW);
    EvaluationResult floor =
        new Evaluator(detector).evaluate(estate, ruleBase, framework, EstateGenerator.NOW);
    return assertThrows(
            IllegalStateException.class, () -> ResultComparison.requireSame(engine, floor))
        .getMessage();
  }

  private List<Object> facts() {
    List<Object> facts = new ArrayList<>(estate.facts());
    facts.add(new EvaluationContext(EstateGenerator.NOW, ruleBase.parameters()));
    return facts;
  }

  @Test
  void partitionedFiringFindsWhatOneSessionFinds() {
    NormalizedSnapshot estate = EstateGenerator.generate(11, 25_000);
    List<Object> facts = new ArrayList<>(estate.facts());
    facts.add(new EvaluationContext(EstateGenerator.NOW, ruleBase.parameters()));

    Firings one = ruleBase.fireInOneSession(facts);
    for (boolean parallel : new boolean[] {false, true}) {
      Firings parts = ruleBase.fireInGroups(facts, 4_000, parallel);

      assertEquals(Set.copyOf(one.violations()), Set.copyOf(parts.violations()));
      assertEquals(one.violations().size(), parts.violations().size());
      assertEquals(Set.copyOf(one.evidenceRequests()), Set.copyOf(parts.evidenceRequests()));
      assertEquals(one.evidenceRequests().size(), parts.evidenceRequests().size());
      assertEquals(one.firedRules(), parts.firedRules());
    }
  }
}
