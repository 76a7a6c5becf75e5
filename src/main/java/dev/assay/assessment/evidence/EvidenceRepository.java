package dev.assay.assessment.evidence;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads of an assessment's evidence chain in pages by keyset on {@code seq}, so at most one page is
 * in memory however long the chain (reports and verification walk 20,000+ items). Inside {@link
 * dev.assay.assessment.store.Db#tx} it joins the caller's transaction; outside one, each page is
 * read on a connection of its own, as auto-commit reads were.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface EvidenceRepository extends GenericRepository<EvidenceRow, String> {

  /** Rows per JDBC batch when items are appended, as before the conversion. */
  int BATCH = 500;

  /** Items of one run ({@code null}: no run, such as uploads) and one control. */
  @Introspected
  record RunControlCount(@Nullable String runId, String controlId, long items) {}

  @Query(
      "SELECT run_id, control_id, COUNT(*) AS items FROM evidence"
          + " WHERE assessment_id = :assessmentId GROUP BY run_id, control_id")
  List<RunControlCount> countsByRunAndControl(String assessmentId);

  /** One evidence folder's counts. */
  @Introspected
  record FolderRow(String controlId, LocalDate collectionDate, long items, long manualItems) {}

  /** A stored body by its SHA-256. */
  @Introspected
  record ContentRow(String contentSha256, String body) {}

  List<EvidenceRow> saveAll(List<EvidenceRow> rows);

  /** The recorded responses a run stored, in chain order (a body once per item using it). */
  @Query(
      "SELECT e.content_sha256, b.body FROM evidence e JOIN evidence_content b"
          + " ON b.sha256 = e.content_sha256 WHERE e.assessment_id = :assessmentId"
          + " AND e.run_id = :runId AND e.evidence_type = 'CONFIGURATION_DATA' ORDER BY e.seq")
  List<ContentRow> runContents(String assessmentId, String runId);

  @Query("SELECT content_type FROM evidence_file WHERE evidence_id = :evidenceId")
  List<String> contentTypes(String evidenceId);

  @Query(
      "SELECT COUNT(*) FROM evidence_purge WHERE assessment_id = :assessmentId"
          + " AND content_sha256 = :contentSha256")
  long purgedCount(String assessmentId, String contentSha256);

  @Query(
      "UPDATE assessment SET evidence_count = :count, evidence_head = :head WHERE id = :assessmentId")
  void moveHead(String assessmentId, long count, String head);

  @Query(
      "SELECT control_id, collection_date, COUNT(*) AS items, SUM(CASE WHEN"
          + " evidence_type <> 'CONFIGURATION_DATA' THEN 1 ELSE 0 END) AS manual_items"
          + " FROM evidence WHERE assessment_id = :assessmentId"
          + " GROUP BY control_id, collection_date ORDER BY control_id, collection_date")
  List<FolderRow> folders(String assessmentId);

  @Query(
      "SELECT e.*, b.body FROM evidence e LEFT JOIN evidence_content b"
          + " ON b.sha256 = e.content_sha256 WHERE e.assessment_id = :assessmentId"
          + " AND e.id = :evidenceId")
  Optional<EvidenceRowWithBody> withBody(String assessmentId, String evidenceId);

  @Query(
      "SELECT COUNT(*) FROM evidence WHERE assessment_id = :assessmentId"
          + " AND control_id = :controlId AND collection_date = :day"
          + " AND evidence_type <> 'CONFIGURATION_DATA'")
  long countManual(String assessmentId, String controlId, LocalDate day);

  @Query(
      "SELECT e.*, b.body FROM evidence e LEFT JOIN evidence_content b"
          + " ON b.sha256 = e.content_sha256 WHERE e.assessment_id = :assessmentId"
          + " AND e.evidence_type <> 'CONFIGURATION_DATA' ORDER BY e.seq")
  List<EvidenceRowWithBody> manual(String assessmentId);

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
