package dev.assay.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.assessment.store.JsonText;
import dev.assay.assessment.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The record of background report builds (table report_build). */
final class ReportBuildRepository {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_ERROR = 2000;

  private ReportBuildRepository() {}

  static void insert(Connection c, ReportBuild b) throws SQLException {
    Sql.update(
        c,
        "INSERT INTO report_build (id, assessment_id, status, selection_json, requested_at,"
            + " requested_by) VALUES (?,?,?,?,?,?)",
        b.id(),
        b.assessmentId(),
        b.status().name(),
        JsonText.write(b.selection()),
        b.requestedAt(),
        b.requestedBy());
  }

  /** Moves a BUILDING build to its outcome; false when it was not BUILDING any more. */
  static boolean finish(
      Connection c, String id, ReportBuild.Status status, Instant at, String code, String error)
      throws SQLException {
    return Sql.update(
            c,
            "UPDATE report_build SET status = ?, finished_at = ?, error_code = ?, error = ?"
                + " WHERE id = ? AND status = 'BUILDING'",
            status.name(),
            at,
            code,
            error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR),
            id)
        == 1;
  }

  static Optional<ReportBuild> find(Connection c, String assessmentId, String id)
      throws SQLException {
    return Sql.one(
        c,
        "SELECT * FROM report_build WHERE id = ? AND assessment_id = ?",
        ReportBuildRepository::row,
        id,
        assessmentId);
  }

  static List<ReportBuild> list(Connection c, String assessmentId) throws SQLException {
    return Sql.query(
        c,
        "SELECT * FROM report_build WHERE assessment_id = ? ORDER BY requested_at, id",
        ReportBuildRepository::row,
        assessmentId);
  }

  /** Every build still BUILDING (at startup: those a stopped process left behind). */
  static List<ReportBuild> building(Connection c) throws SQLException {
    return Sql.query(
        c,
        "SELECT * FROM report_build WHERE status = 'BUILDING' ORDER BY requested_at, id",
        ReportBuildRepository::row);
  }

  private static ReportBuild row(ResultSet rs) throws SQLException {
    try {
      return new ReportBuild(
          rs.getString("id"),
          rs.getString("assessment_id"),
          ReportBuild.Status.valueOf(rs.getString("status")),
          JSON.readValue(rs.getString("selection_json"), ReportRequest.class),
          Sql.instant(rs, "requested_at"),
          rs.getString("requested_by"),
          Sql.instant(rs, "finished_at"),
          rs.getString("error_code"),
          rs.getString("error"),
          null);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("stored report selection is not readable", e);
    }
  }
}
