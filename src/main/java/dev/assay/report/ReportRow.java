package dev.assay.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code assessment_report}: a {@link ReportRecord} with its selection as JSON. */
@MappedEntity("assessment_report")
record ReportRow(
    @Id String id,
    String assessmentId,
    String name,
    @Nullable String description,
    String selectionJson,
    long evidenceItems,
    long files,
    long sizeBytes,
    String zipSha256,
    String digestSha256,
    String signatureAlgorithm,
    String keyId,
    String location,
    Instant createdAt,
    String createdBy) {}
