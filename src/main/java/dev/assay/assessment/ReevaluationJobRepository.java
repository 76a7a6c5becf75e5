package dev.assay.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Table {@code reevaluation_job}; {@link ReevaluationRepository} is its one user. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ReevaluationJobRepository extends GenericRepository<ReevaluationJobRow, String> {

  ReevaluationJobRow save(ReevaluationJobRow row);

  @Query(
      "UPDATE reevaluation_job SET state = 'QUEUED', active_slot = 'X',"
          + " cancel_requested = FALSE, finished_at = NULL WHERE id = :id")
  void reactivate(String id);

  @Query("SELECT id FROM reevaluation_job WHERE active_slot = 'X'")
  Optional<String> active();

  @Query(
      "UPDATE reevaluation_job SET state = 'RUNNING', rule_base_version = :ruleBase,"
          + " frameworks_version = :frameworks, started_at = COALESCE(started_at, :at)"
          + " WHERE id = :id")
  void start(String id, @Nullable String ruleBase, @Nullable String frameworks, Instant at);

  @Query(
      "UPDATE reevaluation_job SET state = :state, active_slot = NULL, finished_at = :at"
          + " WHERE id = :id")
  void finish(String id, String state, Instant at);

  @Query("UPDATE reevaluation_job SET cancel_requested = TRUE WHERE id = :id")
  void requestCancel(String id);

  @Query("SELECT cancel_requested FROM reevaluation_job WHERE id = :id")
  Optional<Boolean> cancelRequested(String id);

  @Query("SELECT * FROM reevaluation_job WHERE id = :id")
  Optional<ReevaluationJobRow> row(String id);

  @Query("SELECT * FROM reevaluation_job ORDER BY created_at DESC, id")
  List<ReevaluationJobRow> rows();

  @Query("SELECT id FROM reevaluation_job WHERE state IN ('QUEUED', 'RUNNING') ORDER BY created_at")
  List<String> unfinished();
}
