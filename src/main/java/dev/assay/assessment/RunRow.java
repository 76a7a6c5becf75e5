package dev.assay.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code assessment_run}: a {@link Run} with its gaps and notes as JSON arrays. */
@MappedEntity("assessment_run")
record RunRow(
    @Id String id,
    String assessmentId,
    int runNumber,
    String runTrigger,
    String status,
    @Nullable String snapshotSource,
    Instant startedAt,
    @Nullable Instant finishedAt,
    @Nullable Instant evaluatedAt,
    @Nullable String ruleBaseVersion,
    @Nullable String frameworkId,
    @Nullable String frameworkVersion,
    @Nullable String frameworkHash,
    int calls,
    int evidenceAdded,
    String gapsJson,
    String notesJson,
    @Nullable String error,
    @Nullable String reevaluationJobId,
    @Nullable String evidenceRunId) {}
