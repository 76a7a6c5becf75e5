package dev.assay.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/**
 * A row of {@code assessment_control} as written at creation: the control with its assessment and
 * its position in the framework. Reads map straight to {@link AssessmentControl}.
 */
@MappedEntity("assessment_control")
record AssessmentControlRow(
    String assessmentId,
    String controlId,
    String controlSetId,
    String name,
    @Nullable @MappedProperty("control_domain") String domain,
    @MappedProperty("control_type") String type,
    int itemNo,
    ControlStatus status,
    Instant updatedAt) {

  /** The control at {@code itemNo} (framework order) of the assessment. */
  static AssessmentControlRow of(String assessmentId, int itemNo, AssessmentControl c) {
    return new AssessmentControlRow(
        assessmentId,
        c.controlId(),
        c.controlSetId(),
        c.name(),
        c.domain(),
        c.type(),
        itemNo,
        c.status(),
        c.updatedAt());
  }
}
