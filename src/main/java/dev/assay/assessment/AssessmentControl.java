package dev.assay.assessment;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;

/** One control of an assessment, copied from the framework at creation, with its review status. */
public record AssessmentControl(
    String controlId,
    String controlSetId,
    String name,
    String domain,
    String type,
    ControlStatus status,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant updatedAt) {}
