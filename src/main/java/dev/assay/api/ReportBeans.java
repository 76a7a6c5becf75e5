package dev.assay.api;

import dev.assay.assessment.AssessmentStore;
import dev.assay.assessment.store.StoreDatabase;
import dev.assay.reload.EngineHolder;
import dev.assay.report.ReportBuilds;
import dev.assay.report.ReportSettings;
import dev.assay.report.Reports;
import dev.assay.report.SigningKey;
import dev.assay.report.SigningKeys;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Wires assessment reports into the service. The signing key is loaded at startup, and generated
 * then when none is configured or kept yet: a broken key file stops the service instead of the
 * first report.
 */
@Factory
// Service only: not in the CLI's store-only context.
@Requires(notEnv = StoreDatabase.ENVIRONMENT)
public class ReportBeans {

  @Context
  @Singleton
  public SigningKey reportSigningKey(ReportSettings settings) {
    return SigningKeys.load(settings);
  }

  @Singleton
  public Reports reports(
      AssessmentStore store, EngineHolder engines, ReportSettings settings, SigningKey key) {
    return new Reports(
        store,
        id -> engines.current().frameworks().find(id),
        settings,
        () -> key,
        Clock.systemUTC(),
        Path.of(System.getProperty("java.io.tmpdir")));
  }

  /**
   * One worker: each build streams within a fixed memory budget, so builds queue rather than run
   * side by side and multiply it. Shut down with the context; a build cut short stays BUILDING and
   * the next start marks it FAILED.
   */
  @Singleton
  @Named("report-builds")
  @Bean(preDestroy = "shutdownNow")
  public ExecutorService reportBuildExecutor() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "report-build");
          t.setDaemon(true);
          return t;
        });
  }

  @Singleton
  public ReportBuilds reportBuilds(
      Reports reports, AssessmentStore store, @Named("report-builds") ExecutorService executor) {
    return new ReportBuilds(reports, store.database(), executor, Clock.systemUTC());
  }
}
