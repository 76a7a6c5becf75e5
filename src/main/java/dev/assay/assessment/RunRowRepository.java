package dev.assay.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Table {@code assessment_run}; {@link RunRepository} is its one user. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RunRowRepository extends GenericRepository<RunRow, String> {

  RunRow save(RunRow row);

  @Query(
      "SELECT COALESCE(MAX(run_number), 0) FROM assessment_run WHERE assessment_id = :assessmentId")
  int maxNumber(String assessmentId);

  @Query(
      "UPDATE assessment_run SET status = :status, snapshot_source = :snapshotSource,"
          + " finished_at = :finishedAt, evaluated_at = :evaluatedAt,"
          + " rule_base_version = :ruleBaseVersion, framework_id = :frameworkId,"
          + " framework_version = :frameworkVersion, framework_hash = :frameworkHash,"
          + " calls = :calls, evidence_added = :evidenceAdded, gaps_json = :gapsJson,"
          + " notes_json = :notesJson, error = :error WHERE id = :id")
  void completeRow(
      String id,
      String status,
      @Nullable String snapshotSource,
      @Nullable Instant finishedAt,
      @Nullable Instant evaluatedAt,
      @Nullable String ruleBaseVersion,
      @Nullable String frameworkId,
      @Nullable String frameworkVersion,
      @Nullable String frameworkHash,
      int calls,
      int evidenceAdded,
      String gapsJson,
      String notesJson,
      @Nullable String error);

  @Query("SELECT * FROM assessment_run WHERE status = 'RUNNING' ORDER BY started_at")
  List<RunRow> runningRows();

  @Query(
      "SELECT * FROM assessment_run WHERE assessment_id = :assessmentId ORDER BY run_number DESC")
  List<RunRow> rows(String assessmentId);

  @Query("SELECT * FROM assessment_run WHERE assessment_id = :assessmentId AND id = :runId")
  Optional<RunRow> row(String assessmentId, String runId);

  @Query(
      "SELECT * FROM assessment_run WHERE assessment_id = :assessmentId AND status = 'SUCCEEDED'"
          + " ORDER BY run_number DESC LIMIT 1")
  Optional<RunRow> lastSucceededRow(String assessmentId);

  @Query(
      "SELECT * FROM assessment_run WHERE assessment_id = :assessmentId AND status = 'FAILED'"
          + " AND run_number > :after ORDER BY run_number DESC")
  List<RunRow> failedRowsAfter(String assessmentId, int after);

  @Query(
      "SELECT * FROM assessment_run WHERE assessment_id = :assessmentId"
          + " ORDER BY run_number DESC LIMIT 1")
  Optional<RunRow> lastRow(String assessmentId);
}
