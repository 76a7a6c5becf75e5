package dev.assay.assessment;

import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A row of {@code evidence_purge}: content of an assessment's evidence that retention purged on
 * purpose, so verification can tell a purge from a loss.
 */
@MappedEntity("evidence_purge")
record PurgeTombstone(String assessmentId, String contentSha256, Instant purgedAt, String reason) {}
