package dev.assay.assessment;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;

/** A comment on a control (at most 500 characters, as in Audit Manager). */
public record Comment(
    String controlId,
    String author,
    String body,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant postedAt) {}
