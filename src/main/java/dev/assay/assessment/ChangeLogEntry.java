package dev.assay.assessment;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * Who did what when; read from {@code change_log} as it is ({@link ChangeLog}).
 *
 * @param objectType {@code ASSESSMENT}, {@code CONTROL_SET} or {@code CONTROL}
 * @param action {@code CREATE}, {@code ACTIVE}, {@code INACTIVE}, {@code UNDER_REVIEW}, {@code
 *     REVIEWED}, {@code COMMENT}, {@code IMPORT_EVIDENCE} or {@code RUN}
 */
@MappedEntity("change_log")
public record ChangeLogEntry(
    String objectType,
    String objectId,
    String action,
    @Nullable String detail,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant createdAt,
    String createdBy) {}
