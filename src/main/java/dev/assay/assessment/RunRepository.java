package dev.assay.assessment;

import dev.assay.assessment.store.JsonText;
import dev.assay.assessment.store.Sql;
import dev.assay.evaluation.ControlResult;
import dev.assay.evaluation.Finding;
import dev.assay.evaluation.Status;
import dev.assay.evaluation.Task;
import dev.assay.evaluation.TaskStatus;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for runs and what they decided; runs on the caller's transaction. */
final class RunRepository {

  private RunRepository() {}

  static int nextNumber(Connection c, String assessmentId) throws SQLException {
    return (int)
            Sql.count(
                c,
                "SELECT COALESCE(MAX(run_number), 0) FROM assessment_run"
                    + " WHERE assessment_id = ?",
                assessmentId)
        + 1;
  }

  static void insert(Connection c, Run r) throws SQLException {
    Sql.update(
        c,
        "INSERT INTO assessment_run (id, assessment_id, run_number, run_trigger, status,"
            + " snapshot_source, started_at, finished_at, evaluated_at, rule_base_version,"
            + " framework_id, framework_version, framework_hash, calls, evidence_added, gaps_json,"
            + " notes_json, error, reevaluation_job_id, evidence_run_id)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        r.id(),
        r.assessmentId(),
        r.number(),
        r.trigger(),
        r.status(),
        r.snapshotSource(),
        r.startedAt(),
        r.finishedAt(),
        r.evaluatedAt(),
        r.ruleBaseVersion(),
        r.frameworkId(),
        r.frameworkVersion(),
        r.frameworkHash(),
        r.calls(),
        r.evidenceAdded(),
        JsonText.write(r.gaps()),
        JsonText.write(r.notes()),
        r.error(),
        r.reevaluationJobId(),
        r.evidenceRunId());
  }

  /** Completes a run stored as RUNNING: its outcome, figures and reason replace the row's. */
  static void complete(Connection c, Run r) throws SQLException {
    Sql.update(
        c,
        "UPDATE assessment_run SET status = ?, snapshot_source = ?, finished_at = ?,"
            + " evaluated_at = ?, rule_base_version = ?, framework_id = ?, framework_version = ?,"
            + " framework_hash = ?, calls = ?, evidence_added = ?, gaps_json = ?, notes_json = ?,"
            + " error = ? WHERE id = ?",
        r.status(),
        r.snapshotSource(),
        r.finishedAt(),
        r.evaluatedAt(),
        r.ruleBaseVersion(),
        r.frameworkId(),
        r.frameworkVersion(),
        r.frameworkHash(),
        r.calls(),
        r.evidenceAdded(),
        JsonText.write(r.gaps()),
        JsonText.write(r.notes()),
        r.error(),
        r.id());
  }

  /** Runs still RUNNING, oldest first: after a restart, the ones a killed process left. */
  static List<Run> running(Connection c) throws SQLException {
    return Sql.query(
        c,
        "SELECT * FROM assessment_run WHERE status = 'RUNNING' ORDER BY started_at",
        RunRepository::run);
  }

  static void insertResults(
      Connection c,
      String runId,
      List<Finding> findings,
      List<ControlResult> controls,
      List<Task> tasks)
      throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      rows.add(
          new Object[] {
            runId,
            i,
            f.ruleId(),
            JsonText.write(f.controlIds()),
            f.status(),
            f.severity(),
            f.resourceArn(),
            f.resourceType(),
            f.accountId(),
            f.region(),
            f.reason()
          });
    }
    Sql.batch(
        c,
        "INSERT INTO run_finding (run_id, item_no, rule_id, control_ids, status,"
            + " severity, resource_arn, resource_type, account_id, region, reason)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        rows);
    rows = new ArrayList<>();
    for (ControlResult r : controls) {
      rows.add(
          new Object[] {
            runId,
            r.controlId(),
            r.controlSetId(),
            r.status(),
            r.pass(),
            r.fail(),
            r.error(),
            r.notApplicable(),
            r.openTasks()
          });
    }
    Sql.batch(
        c,
        "INSERT INTO run_control_result (run_id, control_id, control_set_id, status,"
            + " pass_count, fail_count, error_count, na_count, open_tasks) VALUES (?,?,?,?,?,?,?,?,?)",
        rows);
    rows = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      Task t = tasks.get(i);
      rows.add(
          new Object[] {
            runId,
            i,
            t.controlId(),
            t.resourceArn(),
            t.status(),
            LocalDate.parse(t.due()),
            t.instructions()
          });
    }
    Sql.batch(
        c,
        "INSERT INTO run_task (run_id, item_no, control_id, resource_arn, status, due,"
            + " instructions) VALUES (?,?,?,?,?,?,?)",
        rows);
  }

  static List<Run> runs(Connection c, String assessmentId) throws SQLException {
    return Sql.query(
        c,
        "SELECT * FROM assessment_run WHERE assessment_id = ?" + " ORDER BY run_number DESC",
        RunRepository::run,
        assessmentId);
  }

  static Optional<Run> run(Connection c, String assessmentId, String runId) throws SQLException {
    return Sql.one(
        c,
        "SELECT * FROM assessment_run WHERE assessment_id = ? AND id = ?",
        RunRepository::run,
        assessmentId,
        runId);
  }

  /** The latest run that succeeded: the one the summary and the task list describe. */
  static Optional<Run> lastSucceeded(Connection c, String assessmentId) throws SQLException {
    return Sql.one(
        c,
        "SELECT * FROM assessment_run WHERE assessment_id = ? AND status ="
            + " 'SUCCEEDED' ORDER BY run_number DESC LIMIT 1",
        RunRepository::run,
        assessmentId);
  }

  /**
   * Runs that failed after the given successful run (after none: every failed run), newest first.
   */
  static List<Run> failedSince(Connection c, String assessmentId, Run succeeded)
      throws SQLException {
    return Sql.query(
        c,
        "SELECT * FROM assessment_run WHERE assessment_id = ? AND status = 'FAILED'"
            + " AND run_number > ? ORDER BY run_number DESC",
        RunRepository::run,
        assessmentId,
        succeeded == null ? 0 : succeeded.number());
  }

  static Optional<Run> last(Connection c, String assessmentId) throws SQLException {
    return Sql.one(
        c,
        "SELECT * FROM assessment_run WHERE assessment_id = ?"
            + " ORDER BY run_number DESC LIMIT 1",
        RunRepository::run,
        assessmentId);
  }

  static List<Finding> findings(Connection c, String runId) throws SQLException {
    return findings(c, "SELECT * FROM run_finding WHERE run_id = ? ORDER BY item_no", runId);
  }

  /** The ERROR findings only: those that name the gaps behind them. */
  static List<Finding> errorFindings(Connection c, String runId) throws SQLException {
    return findings(
        c,
        "SELECT * FROM run_finding WHERE run_id = ? AND status = 'ERROR' ORDER BY item_no",
        runId);
  }

  private static List<Finding> findings(Connection c, String sql, String runId)
      throws SQLException {
    return Sql.query(
        c,
        sql,
        rs ->
            new Finding(
                rs.getString("rule_id"),
                JsonText.list(rs.getString("control_ids")),
                Status.valueOf(rs.getString("status")),
                rs.getString("severity"),
                rs.getString("resource_arn"),
                rs.getString("resource_type"),
                rs.getString("account_id"),
                rs.getString("region"),
                rs.getString("reason")),
        runId);
  }

  static List<ControlResult> controlResults(Connection c, String runId) throws SQLException {
    return Sql.query(
        c,
        "SELECT r.* FROM run_control_result r WHERE r.run_id = ?" + " ORDER BY r.control_id",
        rs ->
            new ControlResult(
                rs.getString("control_id"),
                rs.getString("control_set_id"),
                null,
                dev.assay.evaluation.ControlStatus.valueOf(rs.getString("status")),
                rs.getInt("pass_count"),
                rs.getInt("fail_count"),
                rs.getInt("error_count"),
                rs.getInt("na_count"),
                rs.getInt("open_tasks")),
        runId);
  }

  static List<Task> tasks(Connection c, String runId) throws SQLException {
    return Sql.query(
        c,
        "SELECT * FROM run_task WHERE run_id = ? ORDER BY item_no",
        rs ->
            new Task(
                rs.getString("control_id"),
                rs.getString("resource_arn"),
                TaskStatus.valueOf(rs.getString("status")),
                Sql.date(rs, "due").toString(),
                rs.getString("instructions")),
        runId);
  }

  private static Run run(ResultSet rs) throws SQLException {
    return new Run(
        rs.getString("id"),
        rs.getString("assessment_id"),
        rs.getInt("run_number"),
        rs.getString("run_trigger"),
        rs.getString("status"),
        rs.getString("snapshot_source"),
        Sql.instant(rs, "started_at"),
        Sql.instant(rs, "finished_at"),
        Sql.instant(rs, "evaluated_at"),
        rs.getString("rule_base_version"),
        rs.getString("framework_id"),
        rs.getString("framework_version"),
        rs.getString("framework_hash"),
        rs.getInt("calls"),
        rs.getInt("evidence_added"),
        JsonText.list(rs.getString("gaps_json")),
        JsonText.list(rs.getString("notes_json")),
        rs.getString("error"),
        rs.getString("reevaluation_job_id"),
        rs.getString("evidence_run_id"));
  }
}
