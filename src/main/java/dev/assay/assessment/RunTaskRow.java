package dev.assay.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/** A row of {@code run_task}: one manual-evidence task a run decided. */
@MappedEntity("run_task")
record RunTaskRow(
    @EmbeddedId RunItemKey key,
    String controlId,
    @Nullable String resourceArn,
    String status,
    LocalDate due,
    @Nullable String instructions) {}
