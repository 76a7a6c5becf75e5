package dev.assay.assessment;

import dev.assay.evaluation.AssayEngine;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import javax.sql.DataSource;

/** Wires the assessment store onto the configured data source (migrated by micronaut-flyway). */
@Factory
public class AssessmentBeans {

  @Singleton
  public SnapshotSource snapshotSource(AssessmentSettings settings) {
    return new CollectingSnapshotSource(settings);
  }

  @Singleton
  public AssessmentStore assessmentStore(
      DataSource dataSource,
      AssayEngine engine,
      AssessmentSettings settings,
      SnapshotSource snapshots) {
    return new AssessmentStore(dataSource, engine, settings, snapshots, Clock.systemUTC());
  }
}
