package dev.assay.assessment;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;

/**
 * Who did what when.
 *
 * @param objectType {@code ASSESSMENT}, {@code CONTROL_SET} or {@code CONTROL}
 * @param action {@code CREATE}, {@code ACTIVE}, {@code INACTIVE}, {@code UNDER_REVIEW}, {@code
 *     REVIEWED}, {@code COMMENT}, {@code IMPORT_EVIDENCE} or {@code RUN}
 */
public record ChangeLogEntry(
    String objectType,
    String objectId,
    String action,
    String detail,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant createdAt,
    String createdBy) {}
