package dev.assay.assessment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Delegations (table {@code delegation}). Called inside {@link dev.assay.assessment.store.Db#tx},
 * it joins that transaction, so a delegation and its change-log entry commit together.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DelegationRepository extends GenericRepository<Delegation, String> {

  Delegation save(Delegation delegation);

  @Query("SELECT * FROM delegation WHERE assessment_id = :assessmentId ORDER BY created_at, id")
  List<Delegation> of(String assessmentId);

  @Query(
      "SELECT * FROM delegation WHERE assessment_id = :assessmentId AND delegate = :delegate"
          + " ORDER BY created_at, id")
  List<Delegation> of(String assessmentId, String delegate);

  @Query("SELECT DISTINCT assessment_id FROM delegation WHERE delegate = :delegate")
  List<String> assessmentsDelegatedTo(String delegate);

  Optional<Delegation> findByAssessmentIdAndId(String assessmentId, String id);

  @Query(
      "UPDATE delegation SET status = 'UNDER_REVIEW', submit_comment = :comment,"
          + " submitted_at = :at, updated_at = :at WHERE id = :id")
  void submit(String id, String comment, Instant at);

  @Query(
      "UPDATE delegation SET status = 'COMPLETE', completed_at = :at, completed_by = :by,"
          + " updated_at = :at WHERE id = :id")
  void complete(String id, Instant at, String by);
}
