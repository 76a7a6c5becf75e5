package dev.assay.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A row of {@code reevaluation_job}. {@code activeSlot} is 'X' while the job is queued or running
 * and NULL after: its UNIQUE constraint is what lets only one job be active at a time.
 */
@MappedEntity("reevaluation_job")
record ReevaluationJobRow(
    @Id String id,
    String state,
    @Nullable String activeSlot,
    String requestedJson,
    String requestedBy,
    boolean cancelRequested,
    @Nullable String ruleBaseVersion,
    @Nullable String frameworksVersion,
    Instant createdAt,
    @Nullable Instant startedAt,
    @Nullable Instant finishedAt) {}
