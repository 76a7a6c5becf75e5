package dev.assay.api;

import dev.assay.assessment.ReevaluationJob;
import dev.assay.assessment.Reevaluations;
import dev.assay.reload.EngineHolder;
import dev.assay.reload.ReloadOutcome;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Counters of this service process since it started, served as JSON at {@code GET /api/v1/metrics}:
 * rule reloads (taken, unchanged, rejected, and how long loading and checking took) and
 * re-evaluation jobs (by how they ended, and their assessments). Micrometer is not among the
 * dependencies this build may use, so these are plain counters; the names follow Prometheus
 * conventions so that an exporter can map them one to one.
 */
@Singleton
public class ServiceMetrics {

  private final AtomicLong reloadsTaken = new AtomicLong();
  private final AtomicLong reloadsUnchanged = new AtomicLong();
  private final AtomicLong reloadsRejected = new AtomicLong();
  private final AtomicLong reloadMillisTotal = new AtomicLong();
  private final AtomicLong reloadMillisMax = new AtomicLong();
  private final AtomicLong reloadMillisLast = new AtomicLong(-1);
  private final AtomicReference<Instant> lastRejectedAt = new AtomicReference<>();
  private final Map<String, AtomicLong> jobs = new LinkedHashMap<>();
  private final AtomicLong assessmentsReevaluated = new AtomicLong();
  private final AtomicLong assessmentsFailed = new AtomicLong();
  private final AtomicLong assessmentsSkipped = new AtomicLong();

  public ServiceMetrics(EngineHolder engines) {
    for (String name : new String[] {"started", "succeeded", "failed", "cancelled"}) {
      jobs.put(name, new AtomicLong());
    }
    engines.onReload(this::reloaded);
  }

  void reloaded(ReloadOutcome outcome) {
    if (outcome.rejected()) {
      reloadsRejected.incrementAndGet();
      lastRejectedAt.set(outcome.rejection().at());
    } else if (outcome.swapped()) {
      reloadsTaken.incrementAndGet();
    } else {
      reloadsUnchanged.incrementAndGet();
    }
    reloadMillisTotal.addAndGet(outcome.millis());
    reloadMillisMax.accumulateAndGet(outcome.millis(), Math::max);
    reloadMillisLast.set(outcome.millis());
  }

  Reevaluations.Listener reevaluationListener() {
    return new Reevaluations.Listener() {
      @Override
      public void started(ReevaluationJob job) {
        jobs.get("started").incrementAndGet();
      }

      @Override
      public void assessmentFinished(ReevaluationJob.Item item) {
        switch (item.state()) {
          case "FAILED" -> assessmentsFailed.incrementAndGet();
          case "SKIPPED" -> assessmentsSkipped.incrementAndGet();
          default -> assessmentsReevaluated.incrementAndGet();
        }
      }

      @Override
      public void finished(ReevaluationJob job) {
        AtomicLong counter = jobs.get(job.state().toLowerCase(java.util.Locale.ROOT));
        if (counter != null) {
          counter.incrementAndGet();
        }
      }
    };
  }

  /** A snapshot of every counter, as {@code GET /api/v1/metrics} answers. */
  public Map<String, Object> snapshot() {
    Map<String, Object> reload = new LinkedHashMap<>();
    reload.put("assay_reload_taken_total", reloadsTaken.get());
    reload.put("assay_reload_unchanged_total", reloadsUnchanged.get());
    reload.put("assay_reload_rejected_total", reloadsRejected.get());
    reload.put("assay_reload_duration_ms_total", reloadMillisTotal.get());
    reload.put("assay_reload_duration_ms_max", reloadMillisMax.get());
    long last = reloadMillisLast.get();
    reload.put("assay_reload_duration_ms_last", last < 0 ? null : last);
    Instant rejected = lastRejectedAt.get();
    reload.put("assay_reload_last_rejected_at", rejected == null ? null : rejected.toString());
    Map<String, Object> reevaluation = new LinkedHashMap<>();
    jobs.forEach(
        (state, n) -> reevaluation.put("assay_reevaluation_jobs_" + state + "_total", n.get()));
    reevaluation.put(
        "assay_reevaluation_assessments_reevaluated_total", assessmentsReevaluated.get());
    reevaluation.put("assay_reevaluation_assessments_failed_total", assessmentsFailed.get());
    reevaluation.put("assay_reevaluation_assessments_skipped_total", assessmentsSkipped.get());
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("reload", reload);
    all.put("reevaluation", reevaluation);
    return all;
  }
}
