package dev.assay.assessment.evidence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of {@code evidence}. The table's key is (assessment_id, seq); {@code id} is unique too and
 * serves as the entity id, which Micronaut Data needs and nothing here updates by.
 */
@MappedEntity("evidence")
public record EvidenceRow(
    String assessmentId,
    long seq,
    @Id String id,
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
    String itemHash) {

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
