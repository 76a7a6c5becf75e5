package dev.assay.api;

import dev.assay.assessment.AssessmentException;
import dev.assay.assessment.AssessmentStore;
import dev.assay.assessment.Reevaluations;
import dev.assay.assessment.store.StoreDatabase;
import dev.assay.reload.EngineHolder;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's one job runner, created with the service: it resumes the jobs a stopped service
 * left unfinished and, if configured, starts a job when a new rule base goes live. Closed with the
 * service, which stops jobs after their current assessments (they resume at the next start).
 */
@Factory
// Service only: not in the CLI's store-only context.
@Requires(notEnv = StoreDatabase.ENVIRONMENT)
public class ReevaluationBeans {

  private static final Logger LOG = LoggerFactory.getLogger(ReevaluationBeans.class);

  @Context
  @Bean(preDestroy = "close")
  public Reevaluations reevaluations(
      AssessmentStore store,
      EngineHolder engines,
      ReevaluationConfiguration config,
      ServiceMetrics metrics) {
    Reevaluations jobs = store.reevaluations(config.parallelism());
    jobs.listen(metrics.reevaluationListener());
    if (config.resumeOnStartup()) {
      jobs.resumeInterrupted();
    }
    if (config.onReload()) {
      AtomicBoolean first = new AtomicBoolean(true);
      engines.onServing(
          version -> {
            if (first.getAndSet(false)) {
              return; // the version serving at startup: nothing changed
            }
            try {
              String id = jobs.start(List.of(), "assay-reload").id();
              LOG.info("Rule base {} live: re-evaluation job {}", version.ruleBaseVersion(), id);
            } catch (AssessmentException e) {
              LOG.warn(
                  "Rule base {} live, but no re-evaluation: {}",
                  version.ruleBaseVersion(),
                  e.getMessage());
            }
          });
    }
    return jobs;
  }
}
