package dev.assay.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.evaluation.EvaluationResult;
import dev.assay.evaluation.Evaluator;
import dev.assay.evaluation.Status;
import dev.assay.fact.EvaluationContext;
import dev.assay.framework.Framework;
import dev.assay.framework.FrameworkLoader;
import dev.assay.rules.Firings;
import dev.assay.rules.RuleBase;
import dev.assay.rules.ShippedRules;
import dev.assay.snapshot.NormalizedSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's two contenders agree on a small estate, so the floor it times really does the
 * rules' work; and a floor that misses a violation is caught. Nothing here is timed.
 */
class FloorAgreementTest {

  private final RuleBase ruleBase = ShippedRules.ruleBase();
  private final Framework framework =
      new FrameworkLoader(ruleBase.rules().keySet())
          .load(ShippedRules.FRAMEWORKS)
          .find(BenchMain.FRAMEWORK)
          .orElseThrow();

  @Test
  void engineAndFloorDecideTheSameStatusesOnAGeneratedEstate() {
    NormalizedSnapshot estate = EstateGenerator.generate(7, 2_000);
    assertTrue(estate.facts().size() >= 2_000, "facts: " + estate.facts().size());

    Map<String, Object> agreement =
        new EvaluationBench(ruleBase, framework).requireAgreement(estate);

    @SuppressWarnings("unchecked")
    Map<String, Long> byStatus = (Map<String, Long>) agreement.get("byStatus");
    assertTrue(byStatus.get("FAIL") > 100, byStatus.toString());
    assertTrue(byStatus.get("PASS") > 100, byStatus.toString());
    assertTrue((long) agreement.get("rulesFailing") > 60, agreement.toString());
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
    NormalizedSnapshot estate = EstateGenerator.generate(7, 2_000);
    EvaluationResult engine =
        new Evaluator().evaluate(estate, ruleBase, framework, EstateGenerator.NOW);
    List<Floor.Verdict> floor =
        new ArrayList<>(Floor.evaluate(estate, ruleBase, framework, EstateGenerator.NOW));
    EvaluationBench.compare(engine, floor);
    int failed = 0;
    while (floor.get(failed).status() != Status.FAIL) {
      failed++;
    }
    Floor.Verdict missed = floor.get(failed);
    floor.set(failed, new Floor.Verdict(missed.ruleId(), missed.resourceArn(), Status.PASS, null));

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> EvaluationBench.compare(engine, floor));
    assertTrue(e.getMessage().contains(missed.key()), e.getMessage());
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
