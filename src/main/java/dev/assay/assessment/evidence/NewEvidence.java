package dev.assay.assessment.evidence;

import java.time.Instant;

/**
 * Evidence to append; the ledger gives it its place, ID and hashes.
 *
 * @param body the content to store in the database (response JSON, text answer), or {@code null}
 *     for a file already in the blob store under {@code contentSha256}
 */
public record NewEvidence(
    String controlId,
    EvidenceType type,
    String source,
    Instant collectedAt,
    String accountId,
    String region,
    String resourceArn,
    Compliance compliance,
    String runId,
    String providedBy,
    String fileName,
    long sizeBytes,
    String contentSha256,
    String body) {}
