package dev.assay.assessment;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects every active assessment on {@code assay.assessments.schedule-cron} (daily by default),
 * one after the other. A failed run is stored as FAILED and logged; the others still run. The CLI
 * turns this off: only the service schedules.
 */
@Singleton
@Requires(property = "assay.assessments.schedule-enabled", notEquals = "false")
public class AssessmentScheduler {

  private static final Logger LOG = LoggerFactory.getLogger(AssessmentScheduler.class);

  private final AssessmentStore store;

  public AssessmentScheduler(AssessmentStore store) {
    this.store = store;
  }

  @Scheduled(cron = "${assay.assessments.schedule-cron:0 0 3 * * *}")
  public void collectAll() {
    for (Assessment a : store.assessments().list()) {
      if (!a.active()) {
        continue;
      }
      try {
        Run run = store.runs().run(a.id(), null, "SCHEDULE", "scheduler");
        LOG.info(
            "scheduled run {} of assessment {} ({}): {} evidence items, {} gaps",
            run.number(),
            a.id(),
            a.name(),
            run.evidenceAdded(),
            run.gaps().size());
      } catch (RuntimeException e) {
        LOG.warn(
            "scheduled run of assessment {} ({}) failed: {}", a.id(), a.name(), e.getMessage());
      }
    }
  }
}
