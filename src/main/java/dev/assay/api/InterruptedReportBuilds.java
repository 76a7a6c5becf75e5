package dev.assay.api;

import dev.assay.assessment.store.StoreDatabase;
import dev.assay.report.ReportBuild;
import dev.assay.report.ReportBuilds;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the service starts, closes the report builds a stopped process left BUILDING: they become
 * FAILED (interrupted by restart), as runs do (InterruptedRunRecovery). No half zip was ever
 * published, since a zip reaches its destination in one step; the caller builds again.
 */
// Service only: not in the CLI's store-only context.
@Requires(notEnv = StoreDatabase.ENVIRONMENT)
@Singleton
public class InterruptedReportBuilds {

  private static final Logger LOG = LoggerFactory.getLogger(InterruptedReportBuilds.class);

  private final ReportBuilds builds;

  public InterruptedReportBuilds(ReportBuilds builds) {
    this.builds = builds;
  }

  @EventListener
  public void onStartup(StartupEvent event) {
    try {
      List<ReportBuild> failed = builds.failInterrupted();
      failed.forEach(
          b ->
              LOG.warn(
                  "report build {} of assessment {} (requested {}) was {}: marked FAILED",
                  b.id(),
                  b.assessmentId(),
                  b.requestedAt(),
                  ReportBuilds.INTERRUPTED));
    } catch (RuntimeException e) {
      // A database that is down at startup must not stop the service; the next start retries.
      LOG.warn("could not close interrupted report builds: {}", e.getMessage());
    }
  }
}
