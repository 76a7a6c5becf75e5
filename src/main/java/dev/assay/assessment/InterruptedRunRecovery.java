package dev.assay.assessment;

import dev.assay.assessment.store.StoreDatabase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the service starts, closes the runs a killed or crashed process left RUNNING: they become
 * FAILED with {@link #REASON}, so no run stays "in progress" forever and none reads as a result.
 * Nothing else of such a run was stored (its results and evidence commit with its completion), so
 * the evidence chain is untouched; the next scheduled or on-demand run collects afresh. Only the
 * service does this: the CLI's store-only context has no such bean, so a CLI run in progress
 * elsewhere is never touched by another CLI command.
 */
@Singleton
@Requires(notEnv = StoreDatabase.ENVIRONMENT)
public class InterruptedRunRecovery {

  /** The error of a run found RUNNING at startup. */
  public static final String REASON = "interrupted by restart";

  private static final Logger LOG = LoggerFactory.getLogger(InterruptedRunRecovery.class);

  private final AssessmentStore store;

  public InterruptedRunRecovery(AssessmentStore store) {
    this.store = store;
  }

  @EventListener
  public void onStartup(StartupEvent event) {
    try {
      List<Run> failed = store.runs().failInterrupted(REASON);
      failed.forEach(
          r ->
              LOG.warn(
                  "run {} of assessment {} ({}, started {}) was {}: marked FAILED",
                  r.number(),
                  r.assessmentId(),
                  r.trigger(),
                  r.startedAt(),
                  REASON));
    } catch (RuntimeException e) {
      // A database that is down at startup must not stop the service; the next start retries.
      LOG.warn("could not close interrupted runs: {}", e.getMessage());
    }
  }
}
