package dev.assay.assessment;

import dev.assay.assessment.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** SQL for delegations; runs on the caller's transaction. */
final class DelegationRepository {

  private DelegationRepository() {}

  static void insert(Connection c, Delegation d) throws SQLException {
    Sql.update(
        c,
        "INSERT INTO delegation (id, assessment_id, control_set_id, delegate, status, comment,"
            + " created_at, created_by, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
        d.id(),
        d.assessmentId(),
        d.controlSetId(),
        d.delegate(),
        d.status(),
        d.comment(),
        d.createdAt(),
        d.createdBy(),
        d.updatedAt());
  }

  static List<Delegation> of(Connection c, String assessmentId) throws SQLException {
    return Sql.query(
        c,
        "SELECT * FROM delegation WHERE assessment_id = ? ORDER BY created_at, id",
        DelegationRepository::row,
        assessmentId);
  }

  static List<Delegation> of(Connection c, String assessmentId, String delegate)
      throws SQLException {
    return Sql.query(
        c,
        "SELECT * FROM delegation WHERE assessment_id = ? AND delegate = ? ORDER BY created_at, id",
        DelegationRepository::row,
        assessmentId,
        delegate);
  }

  static List<String> assessmentsDelegatedTo(Connection c, String delegate) throws SQLException {
    return Sql.query(
        c,
        "SELECT DISTINCT assessment_id FROM delegation WHERE delegate = ?",
        rs -> rs.getString(1),
        delegate);
  }

  static Delegation get(Connection c, String assessmentId, String id) throws SQLException {
    return Sql.one(
            c,
            "SELECT * FROM delegation WHERE assessment_id = ? AND id = ?",
            DelegationRepository::row,
            assessmentId,
            id)
        .orElseThrow(() -> AssessmentException.notFound("delegation", id));
  }

  static void submit(Connection c, String id, String comment, Instant at) throws SQLException {
    Sql.update(
        c,
        "UPDATE delegation SET status = ?, submit_comment = ?, submitted_at = ?, updated_at = ?"
            + " WHERE id = ?",
        DelegationStatus.UNDER_REVIEW,
        comment,
        at,
        at,
        id);
  }

  static void complete(Connection c, String id, Instant at, String by) throws SQLException {
    Sql.update(
        c,
        "UPDATE delegation SET status = ?, completed_at = ?, completed_by = ?, updated_at = ?"
            + " WHERE id = ?",
        DelegationStatus.COMPLETE,
        at,
        by,
        at,
        id);
  }

  static Optional<String> controlSetOf(Connection c, String assessmentId, String controlId)
      throws SQLException {
    return Sql.one(
        c,
        "SELECT control_set_id FROM assessment_control WHERE assessment_id = ? AND control_id = ?",
        rs -> rs.getString(1),
        assessmentId,
        controlId);
  }

  private static Delegation row(ResultSet rs) throws SQLException {
    return new Delegation(
        rs.getString("id"),
        rs.getString("assessment_id"),
        rs.getString("control_set_id"),
        rs.getString("delegate"),
        DelegationStatus.valueOf(rs.getString("status")),
        rs.getString("comment"),
        Sql.instant(rs, "created_at"),
        rs.getString("created_by"),
        Sql.instant(rs, "updated_at"),
        Sql.instant(rs, "submitted_at"),
        rs.getString("submit_comment"),
        Sql.instant(rs, "completed_at"),
        rs.getString("completed_by"));
  }
}
