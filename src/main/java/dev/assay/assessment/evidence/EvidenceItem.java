package dev.assay.assessment.evidence;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One evidence item of an assessment's append-only chain.
 *
 * @param seq the item's place in the chain, from 1
 * @param collectionDate the evidence folder (UTC day) it belongs to, with its control
 * @param source {@code service.Operation[_suffix]} for a response, {@code manual} otherwise
 * @param contentSha256 SHA-256 of the content: the canonical JSON of a response, the text of an
 *     answer, the bytes of a file
 * @param prevHash the previous item's {@code itemHash}, {@code null} for the first
 * @param itemHash SHA-256 of {@link EvidenceHasher#canonical the item's canonical form}
 */
public record EvidenceItem(
    String assessmentId,
    long seq,
    String id,
    String controlId,
    @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate collectionDate,
    EvidenceType type,
    String source,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant collectedAt,
    String accountId,
    String region,
    String resourceArn,
    Compliance compliance,
    String runId,
    String providedBy,
    String fileName,
    long sizeBytes,
    String contentSha256,
    String prevHash,
    String itemHash) {

  /** The same item with other chain hashes (a new item's own hash, or a view without the link). */
  public EvidenceItem withHashes(String prevHash, String itemHash) {
    return new EvidenceItem(
        assessmentId,
        seq,
        id,
        controlId,
        collectionDate,
        type,
        source,
        collectedAt,
        accountId,
        region,
        resourceArn,
        compliance,
        runId,
        providedBy,
        fileName,
        sizeBytes,
        contentSha256,
        prevHash,
        itemHash);
  }
}
