package dev.assay.assessment;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects every active assessment on {@code assay.assessments.schedule-cron} (daily by default),
 * one after the other. A failed run is stored as FAILED with its reason (the summary then counts
 * none of its controls as COMPLIANT) and retried later with a doubling wait, up to {@code
 * assay.assessments.schedule-retry.attempts} runs; the others still run meanwhile. A refusal
 * (inactive or deleted assessment) is not retried. The CLI turns this off: only the service
 * schedules.
 */
@Singleton
@Requires(property = "assay.assessments.schedule-enabled", notEquals = "false")
public class AssessmentScheduler {

  private static final Logger LOG = LoggerFactory.getLogger(AssessmentScheduler.class);

  private final AssessmentStore store;
  private final ScheduleRetrySettings retry;
  private final TaskScheduler later;

  @Inject
  public AssessmentScheduler(
      AssessmentStore store,
      ScheduleRetrySettings retry,
      @Named(TaskExecutors.SCHEDULED) TaskScheduler later) {
    this.store = store;
    this.retry = retry;
    this.later = later;
  }

  /** Without retries. */
  public AssessmentScheduler(AssessmentStore store) {
    this(store, ScheduleRetrySettings.none(), null);
  }

  @Scheduled(cron = "${assay.assessments.schedule-cron:0 0 3 * * *}")
  public void collectAll() {
    for (Assessment a : store.assessments().list()) {
      if (a.active()) {
        attempt(a, 1);
      }
    }
  }

  private void attempt(Assessment a, int attempt) {
    try {
      Run run = store.runs().run(a.id(), null, "SCHEDULE", "scheduler");
      LOG.info(
          "scheduled run {} of assessment {} ({}): {} evidence items, {} gaps",
          run.number(),
          a.id(),
          a.name(),
          run.evidenceAdded(),
          run.gaps().size());
    } catch (AssessmentException refused) {
      LOG.warn("scheduled run of assessment {} refused: {}", a.id(), refused.getMessage());
    } catch (RuntimeException e) {
      if (attempt < retry.attempts() && later != null) {
        Duration wait = retry.delayAfter(attempt);
        LOG.warn(
            "scheduled run of assessment {} ({}) failed, attempt {} of {}; retrying in {}: {}",
            a.id(),
            a.name(),
            attempt,
            retry.attempts(),
            wait,
            e.getMessage());
        later.schedule(wait, () -> attempt(a, attempt + 1));
      } else {
        LOG.error(
            "scheduled run of assessment {} ({}) failed, attempt {} of {}; giving up until the"
                + " next schedule: {}",
            a.id(),
            a.name(),
            attempt,
            retry.attempts(),
            e.getMessage());
      }
    }
  }
}
