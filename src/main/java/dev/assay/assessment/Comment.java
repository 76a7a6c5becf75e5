package dev.assay.assessment;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A comment on a control (at most 500 characters, as in Audit Manager); read from {@code
 * control_comment} as it is ({@link ChangeLog}).
 */
@MappedEntity("control_comment")
public record Comment(
    String controlId,
    String author,
    String body,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant postedAt) {}
