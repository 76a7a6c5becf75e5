package dev.assay.report;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;

/**
 * A report that was built and written to its destination.
 *
 * @param location where the zip is: an absolute path or {@code s3://bucket/key}
 * @param files files in the zip besides digest.txt and digest.sig
 * @param sha256 SHA-256 of the whole zip as written
 * @param digestSha256 SHA-256 of its signed digest.txt
 */
public record ReportRecord(
    String id,
    String assessmentId,
    String name,
    String description,
    ReportRequest selection,
    long evidenceItems,
    long files,
    long sizeBytes,
    String sha256,
    String digestSha256,
    String signatureAlgorithm,
    String keyId,
    String location,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant createdAt,
    String createdBy) {}
