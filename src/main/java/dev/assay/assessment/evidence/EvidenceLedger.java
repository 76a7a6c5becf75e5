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

  private static final String INSERT =
      "INSERT INTO evidence (assessment_id, seq, id, control_id, collection_date, evidence_type,"
          + " source, collected_at, account_id, region, resource_arn, compliance, run_id,"
          + " provided_by, file_name, size_bytes, content_sha256, prev_hash, item_hash)"
          + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

  private final BlobStore blobs;
  private final ChainVerifier verifier;

  public EvidenceLedger(BlobStore blobs, EvidenceRepository rows) {
    this.verifier = new ChainVerifier(blobs, rows);
    this.blobs = blobs;
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
    List<Object[]> rows = new ArrayList<>();
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
      EvidenceItem item = withHash(unhashed, hash);
      appended.add(item);
      rows.add(row(item));
      if (n.body() != null && seen.add(n.contentSha256())) {
        contents.add(new Object[] {n.contentSha256(), n.body()});
      }
      prev = hash;
    }
    Sql.batch(
        c,
        "INSERT INTO evidence_content (sha256, body) VALUES (?, ?)" + " ON CONFLICT DO NOTHING",
        contents);
    Sql.batch(c, INSERT, rows);
    Sql.update(
        c,
        "UPDATE assessment SET evidence_count = ?, evidence_head = ? WHERE id = ?",
        seq,
        prev,
        assessmentId);
    return appended;
  }

  /** Items of an assessment in chain order, narrowed to a control and/or a day when given. */
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

  /** Items of the assessment matching {@code query}, in chain order, one page. */
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

  public List<Folder> folders(Connection c, String assessmentId) throws SQLException {
    return Sql.query(
        c,
        "SELECT control_id, collection_date, COUNT(*) AS items, SUM(CASE WHEN"
            + " evidence_type <> 'CONFIGURATION_DATA' THEN 1 ELSE 0 END) AS manual_items"
            + " FROM evidence WHERE assessment_id = ? GROUP BY control_id, collection_date"
            + " ORDER BY control_id, collection_date",
        rs ->
            new Folder(
                rs.getString("control_id"),
                Sql.date(rs, "collection_date"),
                rs.getLong("items"),
                rs.getLong("manual_items")),
        assessmentId);
  }

  public Optional<WithContent> get(Connection c, String assessmentId, String evidenceId)
      throws SQLException {
    return Sql.one(
        c,
        "SELECT e.*, b.body FROM evidence e LEFT JOIN evidence_content b"
            + " ON b.sha256 = e.content_sha256 WHERE e.assessment_id = ? AND e.id = ?",
        rs -> new WithContent(item(rs), rs.getString("body")),
        assessmentId,
        evidenceId);
  }

  public long manualUploads(Connection c, String assessmentId, String controlId, LocalDate day)
      throws SQLException {
    return Sql.count(
        c,
        "SELECT COUNT(*) FROM evidence WHERE assessment_id = ? AND control_id = ?"
            + " AND collection_date = ? AND evidence_type <> 'CONFIGURATION_DATA'",
        assessmentId,
        controlId,
        day);
  }

  /** Every manual item of an assessment, oldest first: what the next evaluation is given. */
  public List<WithContent> manual(Connection c, String assessmentId) throws SQLException {
    return Sql.query(
        c,
        "SELECT e.*, b.body FROM evidence e LEFT JOIN evidence_content b ON"
            + " b.sha256 = e.content_sha256 WHERE e.assessment_id = ? AND e.evidence_type <>"
            + " 'CONFIGURATION_DATA' ORDER BY e.seq",
        rs -> new WithContent(item(rs), rs.getString("body")),
        assessmentId);
  }

  /**
   * See {@link ChainVerifier}. Called inside the caller's transaction ({@code c}), which the
   * verifier's repository joins, so the chain is read as of the assessment row the caller read.
   */
  public Verification verify(Connection c, String assessmentId, long count, String head) {
    return verifier.verify(assessmentId, count, head);
  }

  private static Object[] row(EvidenceItem i) {
    return new Object[] {
      i.assessmentId(),
      i.seq(),
      i.id(),
      i.controlId(),
      i.collectionDate(),
      i.type(),
      i.source(),
      i.collectedAt(),
      i.accountId(),
      i.region(),
      i.resourceArn(),
      i.compliance(),
      i.runId(),
      i.providedBy(),
      i.fileName(),
      i.sizeBytes(),
      i.contentSha256(),
      i.prevHash(),
      i.itemHash()
    };
  }

  private static EvidenceItem withHash(EvidenceItem i, String hash) {
    return new EvidenceItem(
        i.assessmentId(),
        i.seq(),
        i.id(),
        i.controlId(),
        i.collectionDate(),
        i.type(),
        i.source(),
        i.collectedAt(),
        i.accountId(),
        i.region(),
        i.resourceArn(),
        i.compliance(),
        i.runId(),
        i.providedBy(),
        i.fileName(),
        i.sizeBytes(),
        i.contentSha256(),
        i.prevHash(),
        hash);
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
