package dev.assay.assessment;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/**
 * One control of an assessment, copied from the framework at creation, with its review status. Read
 * from {@code assessment_control} as it is ({@link AssessmentRepository}); domain and type keep the
 * column names that avoid SQL keywords.
 */
@MappedEntity("assessment_control")
public record AssessmentControl(
    String controlId,
    String controlSetId,
    String name,
    @Nullable @MappedProperty("control_domain") String domain,
    @MappedProperty("control_type") String type,
    ControlStatus status,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant updatedAt) {}
