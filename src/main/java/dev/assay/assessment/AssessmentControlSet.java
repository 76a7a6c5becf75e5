package dev.assay.assessment;

import io.micronaut.data.annotation.MappedEntity;

/**
 * One control set of an assessment, copied from the framework at creation; read from {@code
 * assessment_control_set} as it is ({@link AssessmentRepository}).
 */
@MappedEntity("assessment_control_set")
public record AssessmentControlSet(String controlSetId, String name, ControlSetStatus status) {}
