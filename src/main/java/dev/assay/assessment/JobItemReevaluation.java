package dev.assay.assessment;

import dev.assay.assessment.store.Db;
import dev.assay.evaluation.AssayEngine;
import dev.assay.evaluation.ResultDiff;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One assessment of a re-evaluation job: re-evaluates its latest stored evidence with the job's
 * engine, records the item's outcome (done with its diff, skipped, or failed with the error) and
 * tells the listeners. Kept apart from {@link Reevaluations}, which creates, schedules, cancels and
 * concludes jobs, so that the per-assessment work reads on its own.
 */
final class JobItemReevaluation {

  // Logged under Reevaluations, as before this class was split off, so log settings still apply.
  private static final Logger LOG = LoggerFactory.getLogger(Reevaluations.class);

  private final Db db;
  private final ReevaluationRepository jobs;
  private final StoredEvidence stored;
  private final RunReevaluation runs;
  private final Clock clock;
  private final List<Reevaluations.Listener> listeners;

  /**
   * @param listeners the job runner's own list, read at each item so listeners added later are told
   */
  JobItemReevaluation(
      Db db,
      ReevaluationRepository jobs,
      StoredEvidence stored,
      RunReevaluation runs,
      Clock clock,
      List<Reevaluations.Listener> listeners) {
    this.db = db;
    this.jobs = jobs;
    this.stored = stored;
    this.runs = runs;
    this.clock = clock;
    this.listeners = listeners;
  }

  void reevaluate(ReevaluationJob job, ReevaluationRepository.Pending item, AssayEngine assay) {
    String state;
    String previous = null;
    String runId = null;
    String error = null;
    ResultDiff diff = null;
    try {
      List<StoredEvidence.Input> inputs = stored.latest(List.of(item.assessmentId()));
      if (inputs.isEmpty()) {
        state = ReevaluationRepository.SKIPPED;
        error = "no successful run with stored evidence to re-evaluate";
      } else {
        StoredEvidence.Input input = inputs.get(0);
        previous = input.run().id();
        RunReevaluation.Outcome outcome =
            runs.reevaluate(input, assay, job.id(), job.requestedBy());
        runId = outcome.run().id();
        diff = outcome.diff();
        state = ReevaluationRepository.DONE;
      }
    } catch (RuntimeException e) {
      // One assessment failing never stops the others; the job ends FAILED and lists it.
      LOG.warn("re-evaluation job {}: assessment {} failed", job.id(), item.assessmentId(), e);
      state = ReevaluationRepository.FAILED;
      error = truncate(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    String s = state, p = previous, r = runId, m = error;
    ResultDiff d = diff;
    Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    db.tx(
        c -> {
          jobs.finishItem(job.id(), item.itemNo(), s, p, r, d, m, at);
          return null;
        });
    ReevaluationJob.Item done = new ReevaluationJob.Item(item.assessmentId(), s, p, r, m, at);
    listeners.forEach(l -> l.assessmentFinished(done));
  }

  private static String truncate(String s) {
    return s.length() <= 2000 ? s : s.substring(0, 2000);
  }
}
