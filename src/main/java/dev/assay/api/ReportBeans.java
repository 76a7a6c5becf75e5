package dev.assay.api;

import dev.assay.assessment.AssessmentStore;
import dev.assay.assessment.store.StoreDatabase;
import dev.assay.reload.EngineHolder;
import dev.assay.report.ReportSettings;
import dev.assay.report.Reports;
import dev.assay.report.SigningKey;
import dev.assay.report.SigningKeys;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;

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
        store.database().dataSource(),
        id -> engines.current().frameworks().find(id),
        settings,
        () -> key,
        Clock.systemUTC(),
        Path.of(System.getProperty("java.io.tmpdir")));
  }
}
