package dev.assay.assessment;

import dev.assay.assessment.store.StoreDatabase;
import dev.assay.reload.EngineHolder;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Wires the assessment store onto the configured database (migrated by micronaut-flyway). The store
 * asks the holder for the engine per run, so runs after a rule reload use the new rules.
 */
@Factory
public class AssessmentBeans {

  @Singleton
  public SnapshotSource snapshotSource(AssessmentSettings settings, AwsSettings aws) {
    return new CollectingSnapshotSource(settings, aws);
  }

  @Singleton
  public AssessmentStore assessmentStore(
      StoreDatabase database,
      EngineHolder engines,
      AssessmentSettings settings,
      EvidenceStorageSettings storage,
      SnapshotSource snapshots) {
    return new AssessmentStore(database, engines, settings, storage, snapshots, Clock.systemUTC());
  }
}
