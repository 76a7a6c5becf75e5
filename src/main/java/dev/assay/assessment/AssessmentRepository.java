package dev.assay.assessment;

import dev.assay.assessment.store.JsonText;
import dev.assay.assessment.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for assessments and their controls; every method runs on the caller's transaction. */
final class AssessmentRepository {

  private static final String COLUMNS =
      "id, name, description, status, framework_id, framework_name, framework_version,"
          + " framework_hash, rule_base_version, accounts_json, regions_json, owners_json,"
          + " tags_json, report_destination, snapshot_input, created_at, created_by, updated_at,"
          + " evidence_count, evidence_head";

  private AssessmentRepository() {}

  static void insert(Connection c, Assessment a) throws SQLException {
    Sql.update(
        c,
        "INSERT INTO assessment (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        a.id(),
        a.name(),
        a.description(),
        a.status(),
        a.frameworkId(),
        a.frameworkName(),
        a.frameworkVersion(),
        a.frameworkHash(),
        a.ruleBaseVersion(),
        JsonText.write(a.accounts()),
        JsonText.write(a.regions()),
        JsonText.write(a.owners()),
        JsonText.write(a.tags()),
        a.reportDestination(),
        a.snapshotInput(),
        a.createdAt(),
        a.createdBy(),
        a.updatedAt(),
        a.evidenceCount(),
        a.evidenceHead());
  }

  static Optional<Assessment> find(Connection c, String id) throws SQLException {
    return Sql.one(
        c,
        "SELECT " + COLUMNS + " FROM assessment WHERE id = ?",
        AssessmentRepository::assessment,
        id);
  }

  /** Reads and row-locks an assessment: appends to its evidence chain and runs queue behind it. */
  static Assessment lock(Connection c, String id) throws SQLException {
    return Sql.one(
            c,
            "SELECT " + COLUMNS + " FROM assessment WHERE id = ? FOR UPDATE",
            AssessmentRepository::assessment,
            id)
        .orElseThrow(() -> AssessmentException.notFound("assessment", id));
  }

  static Assessment get(Connection c, String id) throws SQLException {
    return find(c, id).orElseThrow(() -> AssessmentException.notFound("assessment", id));
  }

  static List<Assessment> all(Connection c) throws SQLException {
    return Sql.query(
        c,
        "SELECT " + COLUMNS + " FROM assessment ORDER BY created_at, id",
        AssessmentRepository::assessment);
  }

  static long countActive(Connection c) throws SQLException {
    return Sql.count(c, "SELECT COUNT(*) FROM assessment WHERE status = 'ACTIVE'");
  }

  static void setStatus(Connection c, String id, AssessmentStatus status, Instant at)
      throws SQLException {
    Sql.update(c, "UPDATE assessment SET status = ?, updated_at = ? WHERE id = ?", status, at, id);
  }

  static void setEvidenceHead(Connection c, String id, long count, String head)
      throws SQLException {
    Sql.update(
        c,
        "UPDATE assessment SET evidence_count = ?, evidence_head = ? WHERE id = ?",
        count,
        head,
        id);
  }

  static void insertControlSet(
      Connection c, String assessmentId, String setId, String name, int itemNo)
      throws SQLException {
    Sql.update(
        c,
        "INSERT INTO assessment_control_set (assessment_id, control_set_id, name,"
            + " item_no, status) VALUES (?,?,?,?,?)",
        assessmentId,
        setId,
        name,
        itemNo,
        "ACTIVE");
  }

  static java.util.List<AssessmentControlSet> controlSets(Connection c, String assessmentId)
      throws SQLException {
    return Sql.query(
        c,
        "SELECT * FROM assessment_control_set WHERE assessment_id = ? ORDER BY item_no",
        rs ->
            new AssessmentControlSet(
                rs.getString("control_set_id"),
                rs.getString("name"),
                ControlSetStatus.valueOf(rs.getString("status"))),
        assessmentId);
  }

  static void setControlSetStatus(
      Connection c, String assessmentId, String setId, ControlSetStatus status)
      throws SQLException {
    Sql.update(
        c,
        "UPDATE assessment_control_set SET status = ? WHERE assessment_id = ? AND control_set_id = ?",
        status,
        assessmentId,
        setId);
  }

  static void insertControls(Connection c, String assessmentId, List<AssessmentControl> controls)
      throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    int itemNo = 0;
    for (AssessmentControl control : controls) {
      rows.add(
          new Object[] {
            assessmentId,
            control.controlId(),
            control.controlSetId(),
            control.name(),
            control.domain(),
            control.type(),
            itemNo++,
            control.status(),
            control.updatedAt()
          });
    }
    Sql.batch(
        c,
        "INSERT INTO assessment_control (assessment_id, control_id, control_set_id, name,"
            + " control_domain, control_type, item_no, status, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
        rows);
  }

  static List<AssessmentControl> controls(Connection c, String assessmentId) throws SQLException {
    return Sql.query(
        c,
        "SELECT * FROM assessment_control WHERE assessment_id = ? ORDER BY item_no",
        AssessmentRepository::control,
        assessmentId);
  }

  static AssessmentControl control(Connection c, String assessmentId, String controlId)
      throws SQLException {
    return Sql.one(
            c,
            "SELECT * FROM assessment_control WHERE assessment_id = ? AND control_id = ?",
            AssessmentRepository::control,
            assessmentId,
            controlId)
        .orElseThrow(
            () ->
                new AssessmentException(
                    AssessmentException.Kind.NOT_FOUND,
                    "unknown-control",
                    "assessment " + assessmentId + " has no control " + controlId));
  }

  static void setControlStatus(
      Connection c, String assessmentId, String controlId, ControlStatus status, Instant at)
      throws SQLException {
    Sql.update(
        c,
        "UPDATE assessment_control SET status = ?, updated_at = ?"
            + " WHERE assessment_id = ? AND control_id = ?",
        status,
        at,
        assessmentId,
        controlId);
  }

  private static AssessmentControl control(ResultSet rs) throws SQLException {
    return new AssessmentControl(
        rs.getString("control_id"),
        rs.getString("control_set_id"),
        rs.getString("name"),
        rs.getString("control_domain"),
        rs.getString("control_type"),
        ControlStatus.valueOf(rs.getString("status")),
        Sql.instant(rs, "updated_at"));
  }

  private static Assessment assessment(ResultSet rs) throws SQLException {
    return new Assessment(
        rs.getString("id"),
        rs.getString("name"),
        rs.getString("description"),
        AssessmentStatus.valueOf(rs.getString("status")),
        rs.getString("framework_id"),
        rs.getString("framework_name"),
        rs.getString("framework_version"),
        rs.getString("framework_hash"),
        rs.getString("rule_base_version"),
        JsonText.list(rs.getString("accounts_json")),
        JsonText.list(rs.getString("regions_json")),
        JsonText.list(rs.getString("owners_json")),
        JsonText.map(rs.getString("tags_json")),
        rs.getString("report_destination"),
        rs.getString("snapshot_input"),
        Sql.instant(rs, "created_at"),
        rs.getString("created_by"),
        Sql.instant(rs, "updated_at"),
        rs.getLong("evidence_count"),
        rs.getString("evidence_head"));
  }
}
