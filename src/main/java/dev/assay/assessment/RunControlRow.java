package dev.assay.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A row of {@code run_control_result}: one control's status and counts in a run. */
@MappedEntity("run_control_result")
record RunControlRow(
    @EmbeddedId Key key,
    @Nullable String controlSetId,
    String status,
    int passCount,
    int failCount,
    int errorCount,
    int naCount,
    int openTasks) {

  /** A control has one result per run. */
  @Embeddable
  record Key(
      @MappedProperty("run_id") String runId, @MappedProperty("control_id") String controlId) {}
}
