package dev.assay.api;

import dev.assay.assessment.AssessmentStore;
import dev.assay.assessment.store.StoreDatabase;
import dev.assay.reload.EngineHolder;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;

/**
 * Records every rule base and framework version that serves in the assessment store (the one at
 * startup and each one a reload takes), so results stay traceable to their files after restarts.
 * Created with the service, not on first use, so no version goes unrecorded.
 */
@Context
// Service only: not in the CLI's store-only context.
@Requires(notEnv = StoreDatabase.ENVIRONMENT)
public class ServedVersionRecorder {

  public ServedVersionRecorder(EngineHolder engines, AssessmentStore store) {
    engines.onServing(store.servedVersions()::record);
  }
}
