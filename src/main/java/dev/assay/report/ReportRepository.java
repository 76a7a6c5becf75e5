package dev.assay.report;

import dev.assay.assessment.store.JsonText;
import dev.assay.assessment.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The record of built reports (table assessment_report). */
final class ReportRepository {

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  private ReportRepository() {}

  static void insert(Connection c, ReportRecord r) throws SQLException {
    Sql.update(
        c,
        "INSERT INTO assessment_report (id, assessment_id, name, description, selection_json,"
            + " evidence_items, files, size_bytes, zip_sha256, digest_sha256, signature_algorithm,"
            + " key_id, location, created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        r.id(),
        r.assessmentId(),
        r.name(),
        r.description(),
        JsonText.write(r.selection()),
        r.evidenceItems(),
        r.files(),
        r.sizeBytes(),
        r.sha256(),
        r.digestSha256(),
        r.signatureAlgorithm(),
        r.keyId(),
        r.location(),
        r.createdAt(),
        r.createdBy());
  }

  static List<ReportRecord> list(Connection c, String assessmentId) throws SQLException {
    return Sql.query(
        c,
        "SELECT * FROM assessment_report WHERE assessment_id = ? ORDER BY created_at, id",
        rs ->
            new ReportRecord(
                rs.getString("id"),
                rs.getString("assessment_id"),
                rs.getString("name"),
                rs.getString("description"),
                selection(rs.getString("selection_json")),
                rs.getLong("evidence_items"),
                rs.getLong("files"),
                rs.getLong("size_bytes"),
                rs.getString("zip_sha256"),
                rs.getString("digest_sha256"),
                rs.getString("signature_algorithm"),
                rs.getString("key_id"),
                rs.getString("location"),
                Sql.instant(rs, "created_at"),
                rs.getString("created_by")),
        assessmentId);
  }

  private static ReportRequest selection(String json) {
    try {
      return JSON.readValue(json, ReportRequest.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("stored report selection is not readable", e);
    }
  }
}
