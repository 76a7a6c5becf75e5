package dev.assay.assessment.evidence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/**
 * Reads of an assessment's evidence chain in pages by keyset on {@code seq}, so at most one page is
 * in memory however long the chain (reports and verification walk 20,000+ items). Inside {@link
 * dev.assay.assessment.store.Db#tx} it joins the caller's transaction; outside one, each page is
 * read on a connection of its own, as auto-commit reads were.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface EvidenceRepository extends GenericRepository<EvidenceRow, String> {

  /** Items {@code from..to} (by seq) of the chain, in order. */
  @Query(
      "SELECT * FROM evidence WHERE assessment_id = :assessmentId AND seq >= :from"
          + " AND seq <= :to ORDER BY seq")
  List<EvidenceRow> range(String assessmentId, long from, long to);

  /** Up to {@code limit} items from seq {@code from} on, each with its stored body. */
  @Query(
      "SELECT e.*, b.body FROM evidence e LEFT JOIN evidence_content b"
          + " ON b.sha256 = e.content_sha256 WHERE e.assessment_id = :assessmentId"
          + " AND e.seq >= :from ORDER BY e.seq LIMIT :limit")
  List<EvidenceRowWithBody> withBodies(String assessmentId, long from, int limit);

  /** Content hashes purged under the retention policy: the hash stays, the bytes are gone. */
  @Query("SELECT content_sha256 FROM evidence_purge WHERE assessment_id = :assessmentId")
  List<String> purged(String assessmentId);
}
