package dev.assay.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/** A row of {@code reevaluation_item}: one assessment of a re-evaluation job. */
@MappedEntity("reevaluation_item")
record ReevaluationItemRow(
    @EmbeddedId Key key,
    String assessmentId,
    String state,
    @Nullable String previousRunId,
    @Nullable String runId,
    int changedFindings,
    int changedControls,
    @Nullable String changesJson,
    @Nullable String error,
    @Nullable Instant finishedAt) {

  /** An item's place in its job, which is the order the job works in. */
  @Embeddable
  record Key(@MappedProperty("job_id") String jobId, @MappedProperty("item_no") int itemNo) {}
}
