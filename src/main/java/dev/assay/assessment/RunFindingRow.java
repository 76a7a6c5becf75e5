package dev.assay.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code run_finding}: one finding of a run, its control ids as a JSON array. */
@MappedEntity("run_finding")
record RunFindingRow(
    @EmbeddedId RunItemKey key,
    String ruleId,
    String controlIds,
    String status,
    @Nullable String severity,
    String resourceArn,
    @Nullable String resourceType,
    String accountId,
    String region,
    @Nullable String reason) {}
