package dev.assay.assessment;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/** Table {@code reevaluation_item}; {@link ReevaluationRepository} is its one user. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ReevaluationItemRepository
    extends GenericRepository<ReevaluationItemRow, ReevaluationItemRow.Key> {

  List<ReevaluationItemRow> saveAll(List<ReevaluationItemRow> rows);

  @Query(
      "UPDATE reevaluation_item SET state = 'PENDING', error = NULL, finished_at = NULL"
          + " WHERE job_id = :jobId AND state = 'FAILED'")
  void retryFailed(String jobId);

  @Query(
      "UPDATE reevaluation_item SET state = :state, previous_run_id = :previousRunId,"
          + " run_id = :runId, changed_findings = :changedFindings,"
          + " changed_controls = :changedControls, changes_json = :changesJson,"
          + " error = :error, finished_at = :at WHERE job_id = :jobId AND item_no = :itemNo")
  void finish(
      String jobId,
      int itemNo,
      String state,
      @Nullable String previousRunId,
      @Nullable String runId,
      int changedFindings,
      int changedControls,
      @Nullable String changesJson,
      @Nullable String error,
      Instant at);

  @Query("SELECT * FROM reevaluation_item WHERE job_id = :jobId ORDER BY item_no")
  List<ReevaluationItemRow> of(String jobId);

  @Query(
      "SELECT * FROM reevaluation_item WHERE job_id = :jobId AND state = :state"
          + " ORDER BY item_no")
  List<ReevaluationItemRow> in(String jobId, String state);

  @Query(
      "SELECT COUNT(*) AS total,"
          + " COALESCE(SUM(CASE WHEN state <> 'PENDING' THEN 1 ELSE 0 END), 0) AS finished,"
          + " COALESCE(SUM(CASE WHEN state = 'FAILED' THEN 1 ELSE 0 END), 0) AS failed,"
          + " COALESCE(SUM(CASE WHEN state = 'SKIPPED' THEN 1 ELSE 0 END), 0) AS skipped,"
          + " COALESCE(SUM(changed_findings), 0) AS changed_findings,"
          + " COALESCE(SUM(changed_controls), 0) AS changed_controls"
          + " FROM reevaluation_item WHERE job_id = :jobId")
  Counts counts(String jobId);

  /** A job's progress, counted from its items. */
  @Introspected
  record Counts(
      long total,
      long finished,
      long failed,
      long skipped,
      long changedFindings,
      long changedControls) {}
}
