package dev.assay.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code report_build}: a {@link ReportBuild} with its selection as JSON. */
@MappedEntity("report_build")
record ReportBuildRow(
    @Id String id,
    String assessmentId,
    String status,
    String selectionJson,
    Instant requestedAt,
    String requestedBy,
    @Nullable Instant finishedAt,
    @Nullable String errorCode,
    @Nullable String error) {}
