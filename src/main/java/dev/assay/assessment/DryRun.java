package dev.assay.assessment;

import dev.assay.evaluation.AssayEngine;
import dev.assay.evaluation.EvaluationResult;
import dev.assay.evaluation.ResultDiff;
import dev.assay.snapshot.Snapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A re-evaluation that stores nothing: each assessment's stored evidence (its run's snapshot while
 * that still holds the evidence, see {@link StoredEvidence.Input#snapshot}) evaluated with the
 * current and the candidate engine, as of the run's own evaluation time and with the manual
 * evidence provided so far, and the status changes between the two.
 */
public final class DryRun {

  private DryRun() {}

  public static ResultDiff of(
      List<StoredEvidence.Input> inputs, AssayEngine current, AssayEngine candidate) {
    List<ResultDiff> diffs = new ArrayList<>();
    for (StoredEvidence.Input input : inputs) {
      Snapshot snapshot = input.snapshot(current).snapshot();
      Instant at =
          input.run().evaluatedAt() != null ? input.run().evaluatedAt() : input.run().startedAt();
      String framework = input.assessment().frameworkId();
      EvaluationResult before = current.evaluate(snapshot, framework, at, input.manual());
      EvaluationResult after = candidate.evaluate(snapshot, framework, at, input.manual());
      diffs.add(ResultDiff.between(before, after, input.assessment().id()));
    }
    return ResultDiff.merge(diffs, current.ruleBase().version(), candidate.ruleBase().version());
  }
}
