package dev.assay.assessment.evidence;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.assay.assessment.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The append-only evidence chain of each assessment. Appends run on the caller's transaction, which
 * must hold the assessment's row lock (so two appends never take the same place); nothing here
 * updates or deletes an item.
 */
public final class EvidenceLedger {

  /** One evidence folder: a control's evidence of one collection day. */
  public record Folder(
      String controlId,
      @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate date,
      long items,
      long manualItems) {}

  /**
   * An item with its stored content: JSON or text, {@code null} for a file (see the blob store).
   */
  public record WithContent(EvidenceItem item, String body) {}

  private final BlobStore blobs;
  private final ChainVerifier verifier;
  private final EvidenceRepository rows;

  public EvidenceLedger(BlobStore blobs, EvidenceRepository rows) {
    this.rows = rows;
    this.verifier = new ChainVerifier(blobs, rows);
    this.blobs = blobs;
  }

  /** The evidence tables' repository, for reads beside the ledger's (files, stored runs). */
  public EvidenceRepository rows() {
    return rows;
  }

  public BlobStore blobs() {
    return blobs;
  }

  /**
   * Appends items after the chain head ({@code count} items ending in {@code head}) and moves the
   * head. Returns the appended items in chain order.
   */
  public List<EvidenceItem> append(
      Connection c, String assessmentId, long count, String head, List<NewEvidence> items)
      throws SQLException {
    List<EvidenceItem> appended = new ArrayList<>();
    List<EvidenceRow> rows = new ArrayList<>();
    List<Object[]> contents = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    long seq = count;
    String prev = head;
    for (NewEvidence n : items) {
      seq++;
      // Millisecond precision: what both databases store exactly, so hashes recompute.
      var at = n.collectedAt().truncatedTo(ChronoUnit.MILLIS);
      EvidenceItem unhashed =
          new EvidenceItem(
              assessmentId,
              seq,
              UUID.randomUUID().toString(),
              n.controlId(),
              at.atZone(ZoneOffset.UTC).toLocalDate(),
              n.type(),
              n.source(),
              at,
              n.accountId(),
              n.region(),
              n.resourceArn(),
              n.compliance(),
              n.runId(),
              n.providedBy(),
              n.fileName(),
              n.sizeBytes(),
              n.contentSha256(),
              prev,
              null);
      String hash = EvidenceHasher.itemHash(unhashed);
      EvidenceItem item = unhashed.withHashes(unhashed.prevHash(), hash);
      appended.add(item);
      rows.add(row(item));
      if (n.body() != null && seen.add(n.contentSha256())) {
        contents.add(new Object[] {n.contentSha256(), n.body()});
      }
      prev = hash;
    }
    // Hand SQL: content is stored once however many items share it, and Micronaut Data's save has
    // no "insert unless present"; a @Query INSERT ... ON CONFLICT DO NOTHING would run row by row
    // instead of as one JDBC batch.
    Sql.batch(
        c,
        "INSERT INTO evidence_content (sha256, body) VALUES (?, ?)" + " ON CONFLICT DO NOTHING",
        contents);
    for (int from = 0; from < rows.size(); from += EvidenceRepository.BATCH) {
      this.rows.saveAll(rows.subList(from, Math.min(rows.size(), from + EvidenceRepository.BATCH)));
    }
    this.rows.moveHead(assessmentId, seq, prev);
    return appended;
  }

  /**
   * Items of an assessment in chain order, narrowed to a control and/or a day when given. Hand SQL:
   * the filters are optional, and a {@code @Query} with {@code (:x IS NULL OR ...)} makes
   * PostgreSQL guess the type of an unbound null parameter (and refuse); the two lists below build
   * only the conditions asked for.
   */
  public List<EvidenceItem> list(
      Connection c, String assessmentId, String controlId, LocalDate date, int offset, int limit)
      throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT * FROM evidence WHERE assessment_id = ?");
    List<Object> params = new ArrayList<>(List.of(assessmentId));
    if (controlId != null) {
      sql.append(" AND control_id = ?");
      params.add(controlId);
    }
    if (date != null) {
      sql.append(" AND collection_date = ?");
      params.add(date);
    }
    sql.append(" ORDER BY seq LIMIT ? OFFSET ?");
    params.add(limit);
    params.add(offset);
    return Sql.query(c, sql.toString(), EvidenceLedger::item, params.toArray());
  }

  /** Items of the assessment matching {@code query}, in chain order, one page (see above). */
  public List<EvidenceItem> list(
      Connection c, String assessmentId, EvidenceQuery query, int offset, int limit)
      throws SQLException {
    List<Object> params = new ArrayList<>(List.of(assessmentId));
    String sql =
        "SELECT * FROM evidence WHERE assessment_id = ?"
            + query.where(params)
            + " ORDER BY seq LIMIT ? OFFSET ?";
    params.add(limit);
    params.add(offset);
    return Sql.query(c, sql, EvidenceLedger::item, params.toArray());
  }

  public List<Folder> folders(String assessmentId) {
    return rows.folders(assessmentId).stream()
        .map(f -> new Folder(f.controlId(), f.collectionDate(), f.items(), f.manualItems()))
        .toList();
  }

  public Optional<WithContent> get(String assessmentId, String evidenceId) {
    return rows.withBody(assessmentId, evidenceId).map(r -> new WithContent(r.item(), r.body()));
  }

  public long manualUploads(String assessmentId, String controlId, LocalDate day) {
    return rows.countManual(assessmentId, controlId, day);
  }

  /** Every manual item of an assessment, oldest first: what the next evaluation is given. */
  public List<WithContent> manual(String assessmentId) {
    return rows.manual(assessmentId).stream()
        .map(r -> new WithContent(r.item(), r.body()))
        .toList();
  }

  /**
   * See {@link ChainVerifier}. Called inside the caller's transaction, which the verifier's
   * repository joins, so the chain is read as of the assessment row the caller read.
   */
  public Verification verify(String assessmentId, long count, String head) {
    return verifier.verify(assessmentId, count, head);
  }

  private static EvidenceRow row(EvidenceItem i) {
    return new EvidenceRow(
        i.assessmentId(),
        i.seq(),
        i.id(),
        i.controlId(),
        i.collectionDate(),
        i.type().name(),
        i.source(),
        i.collectedAt(),
        i.accountId(),
        i.region(),
        i.resourceArn(),
        i.compliance().name(),
        i.runId(),
        i.providedBy(),
        i.fileName(),
        i.sizeBytes(),
        i.contentSha256(),
        i.prevHash(),
        i.itemHash());
  }

  static EvidenceItem item(ResultSet rs) throws SQLException {
    return new EvidenceItem(
        rs.getString("assessment_id"),
        rs.getLong("seq"),
        rs.getString("id"),
        rs.getString("control_id"),
        Sql.date(rs, "collection_date"),
        EvidenceType.valueOf(rs.getString("evidence_type")),
        rs.getString("source"),
        Sql.instant(rs, "collected_at"),
        rs.getString("account_id"),
        rs.getString("region"),
        rs.getString("resource_arn"),
        Compliance.valueOf(rs.getString("compliance")),
        rs.getString("run_id"),
        rs.getString("provided_by"),
        rs.getString("file_name"),
        rs.getLong("size_bytes"),
        rs.getString("content_sha256"),
        rs.getString("prev_hash"),
        rs.getString("item_hash"));
  }
}
