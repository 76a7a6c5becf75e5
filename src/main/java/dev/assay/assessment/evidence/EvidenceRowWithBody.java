package dev.assay.assessment.evidence;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An evidence row joined with its stored body ({@code null} for a file, or content purged or
 * removed): what chain verification reads, a page at a time.
 */
@Introspected
public record EvidenceRowWithBody(
    String assessmentId,
    long seq,
    String id,
    String controlId,
    LocalDate collectionDate,
    String evidenceType,
    String source,
    Instant collectedAt,
    @Nullable String accountId,
    @Nullable String region,
    @Nullable String resourceArn,
    String compliance,
    @Nullable String runId,
    @Nullable String providedBy,
    @Nullable String fileName,
    long sizeBytes,
    String contentSha256,
    @Nullable String prevHash,
    String itemHash,
    @Nullable String body) {

  EvidenceItem item() {
    return new EvidenceItem(
        assessmentId,
        seq,
        id,
        controlId,
        collectionDate,
        EvidenceType.valueOf(evidenceType),
        source,
        collectedAt,
        accountId,
        region,
        resourceArn,
        Compliance.valueOf(compliance),
        runId,
        providedBy,
        fileName,
        sizeBytes,
        contentSha256,
        prevHash,
        itemHash);
  }
}
