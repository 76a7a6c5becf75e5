package dev.assay.assessment;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the retention policy once a day ({@code assay.assessments.retention-cron}), in the
 * service only and only where scheduling is on, as for collections.
 */
@Singleton
@Requires(property = "assay.assessments.schedule-enabled", notEquals = "false")
public class RetentionScheduler {

  private static final Logger LOG = LoggerFactory.getLogger(RetentionScheduler.class);

  private final AssessmentStore store;

  public RetentionScheduler(AssessmentStore store) {
    this.store = store;
  }

  @Scheduled(cron = "${assay.assessments.retention-cron:0 30 4 * * *}")
  public void purge() {
    try {
      Retention.Purge purge = store.retention().purge();
      if (purge.contents() > 0 || purge.deleted() > 0) {
        LOG.info(
            "retention {}: {} contents purged, {} bodies and files deleted (before {})",
            store.retention().period(),
            purge.contents(),
            purge.deleted(),
            purge.cutoff());
      }
    } catch (RuntimeException e) {
      LOG.warn("retention purge failed, will retry at the next schedule: {}", e.getMessage());
    }
  }
}
