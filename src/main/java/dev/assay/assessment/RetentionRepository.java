package dev.assay.assessment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/**
 * What retention reads and writes: tombstones (table {@code evidence_purge}) and the evidence
 * content they cover. Each method joins the caller's {@link dev.assay.assessment.store.Db#tx}.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RetentionRepository extends GenericRepository<PurgeTombstone, String> {

  /** Saved as one JDBC batch. */
  List<PurgeTombstone> saveAll(Iterable<PurgeTombstone> tombstones);

  /**
   * Content hashes of the assessment's evidence, not yet tombstoned, whose newest item was
   * collected before {@code cutoff}: content a newer item still uses is not due.
   */
  @Query(
      "SELECT content_sha256 FROM evidence e WHERE assessment_id = :assessmentId"
          + " AND NOT EXISTS (SELECT 1 FROM evidence_purge p WHERE"
          + " p.assessment_id = e.assessment_id AND p.content_sha256 = e.content_sha256)"
          + " GROUP BY content_sha256 HAVING MAX(collected_at) < :cutoff")
  List<String> due(String assessmentId, Instant cutoff);

  @Query("SELECT content_sha256 FROM evidence_purge WHERE assessment_id = :assessmentId")
  List<String> tombstoned(String assessmentId);

  /** Items, of any assessment, that point at the content and are not covered by a tombstone. */
  @Query(
      "SELECT COUNT(*) FROM evidence e WHERE e.content_sha256 = :sha AND NOT EXISTS"
          + " (SELECT 1 FROM evidence_purge p WHERE p.assessment_id = e.assessment_id"
          + " AND p.content_sha256 = e.content_sha256)")
  long itemsStillUsing(String sha);

  @Query("DELETE FROM evidence_content WHERE sha256 = :sha")
  int deleteContent(String sha);
}
