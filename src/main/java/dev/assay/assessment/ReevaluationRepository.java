package dev.assay.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.assessment.store.JsonText;
import dev.assay.assessment.store.Sql;
import dev.assay.evaluation.ResultDiff;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for re-evaluation jobs and their items; runs on the caller's transaction. */
final class ReevaluationRepository {

  static final String PENDING = "PENDING";
  static final String DONE = "DONE";
  static final String FAILED = "FAILED";
  static final String SKIPPED = "SKIPPED";

  /** SQLSTATE of a unique constraint violation, on PostgreSQL and H2 alike. */
  private static final String UNIQUE_VIOLATION = "23505";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** An item still to do. */
  record Pending(int itemNo, String assessmentId) {}

  private ReevaluationRepository() {}

  /**
   * Inserts a queued job with one pending item per assessment.
   *
   * @throws AssessmentException a conflict when another job is queued or running
   */
  static void insert(
      Connection c,
      String id,
      List<String> requested,
      String by,
      List<String> assessmentIds,
      Instant at)
      throws SQLException {
    try {
      Sql.update(
          c,
          "INSERT INTO reevaluation_job (id, state, active_slot, requested_json, requested_by,"
              + " created_at) VALUES (?, ?, 'X', ?, ?, ?)",
          id,
          ReevaluationJob.QUEUED,
          JsonText.write(requested),
          by,
          at);
    } catch (SQLException e) {
      throw busy(c, e);
    }
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < assessmentIds.size(); i++) {
      rows.add(new Object[] {id, i, assessmentIds.get(i), PENDING});
    }
    Sql.batch(
        c,
        "INSERT INTO reevaluation_item (job_id, item_no, assessment_id, state) VALUES (?,?,?,?)",
        rows);
  }

  /** Makes a finished or interrupted job active again, unless another one is. */
  static void reactivate(Connection c, String id) throws SQLException {
    try {
      Sql.update(
          c,
          "UPDATE reevaluation_job SET state = ?, active_slot = 'X', cancel_requested = FALSE,"
              + " finished_at = NULL WHERE id = ?",
          ReevaluationJob.QUEUED,
          id);
    } catch (SQLException e) {
      throw busy(c, e);
    }
    // Failed assessments are tried again; done and skipped ones never are.
    Sql.update(
        c,
        "UPDATE reevaluation_item SET state = ?, error = NULL, finished_at = NULL"
            + " WHERE job_id = ? AND state = ?",
        PENDING,
        id,
        FAILED);
  }

  private static RuntimeException busy(Connection c, SQLException e) throws SQLException {
    if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
      throw e;
    }
    c.rollback();
    String other = active(c).orElse("?");
    return new AssessmentException(
        AssessmentException.Kind.CONFLICT,
        "reevaluation-running",
        "re-evaluation job "
            + other
            + " is queued or running; only one job runs at a time (wait for it, or cancel it)");
  }

  static Optional<String> active(Connection c) throws SQLException {
    return Sql.one(
        c, "SELECT id FROM reevaluation_job WHERE active_slot = 'X'", rs -> rs.getString(1));
  }

  static void start(Connection c, String id, String ruleBase, String frameworks, Instant at)
      throws SQLException {
    Sql.update(
        c,
        "UPDATE reevaluation_job SET state = ?, rule_base_version = ?, frameworks_version = ?,"
            + " started_at = COALESCE(started_at, ?) WHERE id = ?",
        ReevaluationJob.RUNNING,
        ruleBase,
        frameworks,
        at,
        id);
  }

  static void finish(Connection c, String id, String state, Instant at) throws SQLException {
    Sql.update(
        c,
        "UPDATE reevaluation_job SET state = ?, active_slot = NULL, finished_at = ? WHERE id = ?",
        state,
        at,
        id);
  }

  static void requestCancel(Connection c, String id) throws SQLException {
    Sql.update(c, "UPDATE reevaluation_job SET cancel_requested = TRUE WHERE id = ?", id);
  }

  static boolean cancelRequested(Connection c, String id) throws SQLException {
    return Sql.one(
            c,
            "SELECT cancel_requested FROM reevaluation_job WHERE id = ?",
            rs -> rs.getBoolean(1),
            id)
        .orElse(false);
  }

  static List<Pending> pending(Connection c, String id) throws SQLException {
    return Sql.query(
        c,
        "SELECT item_no, assessment_id FROM reevaluation_item WHERE job_id = ? AND state = ?"
            + " ORDER BY item_no",
        rs -> new Pending(rs.getInt(1), rs.getString(2)),
        id,
        PENDING);
  }

  static void finishItem(
      Connection c,
      String jobId,
      int itemNo,
      String state,
      String previousRunId,
      String runId,
      ResultDiff diff,
      String error,
      Instant at)
      throws SQLException {
    Sql.update(
        c,
        "UPDATE reevaluation_item SET state = ?, previous_run_id = ?, run_id = ?,"
            + " changed_findings = ?, changed_controls = ?, changes_json = ?, error = ?,"
            + " finished_at = ? WHERE job_id = ? AND item_no = ?",
        state,
        previousRunId,
        runId,
        diff == null ? 0 : diff.counts().findings(),
        diff == null ? 0 : diff.counts().controls(),
        diff == null ? null : JsonText.write(diff.changes()),
        error,
        at,
        jobId,
        itemNo);
  }

  static Optional<ReevaluationJob> get(Connection c, String id) throws SQLException {
    Optional<ReevaluationJob> job =
        Sql.one(c, "SELECT * FROM reevaluation_job WHERE id = ?", rs -> job(c, rs), id);
    if (job.isEmpty()) {
      return job;
    }
    List<ReevaluationJob.Item> items = new ArrayList<>();
    List<ResultDiff> diffs = new ArrayList<>();
    Sql.query(
        c,
        "SELECT * FROM reevaluation_item WHERE job_id = ? ORDER BY item_no",
        rs -> {
          items.add(
              new ReevaluationJob.Item(
                  rs.getString("assessment_id"),
                  rs.getString("state"),
                  rs.getString("previous_run_id"),
                  rs.getString("run_id"),
                  rs.getString("error"),
                  Sql.instant(rs, "finished_at")));
          String changes = rs.getString("changes_json");
          if (changes != null) {
            diffs.add(diff(changes, rs.getInt("changed_findings")));
          }
          return null;
        },
        id);
    ReevaluationJob j = job.get();
    return Optional.of(
        new ReevaluationJob(
            j.id(),
            j.state(),
            j.requested(),
            j.requestedBy(),
            j.cancelRequested(),
            j.progress(),
            j.ruleBaseVersion(),
            j.frameworksVersion(),
            j.createdAt(),
            j.startedAt(),
            j.finishedAt(),
            j.errors(),
            List.copyOf(items),
            ResultDiff.merge(diffs, null, j.ruleBaseVersion())));
  }

  static List<ReevaluationJob> list(Connection c) throws SQLException {
    return Sql.query(
        c, "SELECT * FROM reevaluation_job ORDER BY created_at DESC, id", rs -> job(c, rs));
  }

  /** Jobs a stopped process left queued or running. */
  static List<String> unfinished(Connection c) throws SQLException {
    return Sql.query(
        c,
        "SELECT id FROM reevaluation_job WHERE state IN (?, ?) ORDER BY created_at",
        rs -> rs.getString(1),
        ReevaluationJob.QUEUED,
        ReevaluationJob.RUNNING);
  }

  private static ReevaluationJob job(Connection c, ResultSet rs) throws SQLException {
    String id = rs.getString("id");
    ReevaluationJob.Progress progress =
        Sql.one(
                c,
                "SELECT COUNT(*),"
                    + " SUM(CASE WHEN state <> 'PENDING' THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN state = 'FAILED' THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN state = 'SKIPPED' THEN 1 ELSE 0 END),"
                    + " SUM(changed_findings), SUM(changed_controls)"
                    + " FROM reevaluation_item WHERE job_id = ?",
                p ->
                    new ReevaluationJob.Progress(
                        p.getInt(1),
                        p.getInt(2),
                        p.getInt(3),
                        p.getInt(4),
                        p.getInt(5),
                        p.getInt(6)),
                id)
            .orElseThrow();
    List<ReevaluationJob.Error> errors =
        Sql.query(
            c,
            "SELECT assessment_id, error FROM reevaluation_item WHERE job_id = ? AND state = ?"
                + " ORDER BY item_no",
            e -> new ReevaluationJob.Error(e.getString(1), e.getString(2)),
            id,
            FAILED);
    return new ReevaluationJob(
        id,
        rs.getString("state"),
        JsonText.list(rs.getString("requested_json")),
        rs.getString("requested_by"),
        rs.getBoolean("cancel_requested"),
        progress,
        rs.getString("rule_base_version"),
        rs.getString("frameworks_version"),
        Sql.instant(rs, "created_at"),
        Sql.instant(rs, "started_at"),
        Sql.instant(rs, "finished_at"),
        errors,
        null,
        null);
  }

  private static ResultDiff diff(String changes, int findings) {
    try {
      List<ResultDiff.Change> list =
          JSON.readValue(changes, new TypeReference<List<ResultDiff.Change>>() {});
      // Finding changes come first in a diff; merge counts them by the stored number.
      return new ResultDiff(
          list, new ResultDiff.Counts(findings, 0, java.util.Map.of()), null, null);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored changes are not readable: " + e.getMessage(), e);
    }
  }
}
