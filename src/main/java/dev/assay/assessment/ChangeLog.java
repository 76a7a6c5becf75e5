package dev.assay.assessment;

import dev.assay.assessment.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** SQL for the change log and control comments; runs on the caller's transaction. */
final class ChangeLog {

  static final String ASSESSMENT = "ASSESSMENT";
  static final String CONTROL = "CONTROL";

  private ChangeLog() {}

  static void record(
      Connection c,
      String assessmentId,
      String objectType,
      String objectId,
      String action,
      String detail,
      Instant at,
      String by)
      throws SQLException {
    Sql.update(
        c,
        "INSERT INTO change_log (assessment_id, object_type, object_id, action, detail,"
            + " created_at, created_by) VALUES (?,?,?,?,?,?,?)",
        assessmentId,
        objectType,
        objectId,
        action,
        truncate(detail, 2000),
        at,
        by);
  }

  /** The log of an assessment, oldest first; {@code controlId} non-null narrows it to a control. */
  static List<ChangeLogEntry> entries(Connection c, String assessmentId, String controlId)
      throws SQLException {
    if (controlId == null) {
      return Sql.query(
          c,
          "SELECT * FROM change_log WHERE assessment_id = ? ORDER BY id",
          ChangeLog::entry,
          assessmentId);
    }
    return Sql.query(
        c,
        "SELECT * FROM change_log WHERE assessment_id = ? AND object_type = ?"
            + " AND object_id = ? ORDER BY id",
        ChangeLog::entry,
        assessmentId,
        CONTROL,
        controlId);
  }

  static void comment(Connection c, String assessmentId, Comment comment) throws SQLException {
    Sql.update(
        c,
        "INSERT INTO control_comment (assessment_id, control_id, author, body, posted_at)"
            + " VALUES (?,?,?,?,?)",
        assessmentId,
        comment.controlId(),
        comment.author(),
        comment.body(),
        comment.postedAt());
  }

  static List<Comment> comments(Connection c, String assessmentId, String controlId)
      throws SQLException {
    return Sql.query(
        c,
        "SELECT * FROM control_comment WHERE assessment_id = ? AND control_id = ?" + " ORDER BY id",
        rs ->
            new Comment(
                rs.getString("control_id"),
                rs.getString("author"),
                rs.getString("body"),
                Sql.instant(rs, "posted_at")),
        assessmentId,
        controlId);
  }

  private static ChangeLogEntry entry(ResultSet rs) throws SQLException {
    return new ChangeLogEntry(
        rs.getString("object_type"),
        rs.getString("object_id"),
        rs.getString("action"),
        rs.getString("detail"),
        Sql.instant(rs, "created_at"),
        rs.getString("created_by"));
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
