package dev.assay.assessment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Assessments, their control sets and controls (tables {@code assessment}, {@code
 * assessment_control_set}, {@code assessment_control}). Called inside {@link
 * dev.assay.assessment.store.Db#tx} it joins that transaction, so an assessment, its controls and
 * their change-log entries commit or roll back together. Queries are generated for PostgreSQL,
 * which H2 runs in MODE=PostgreSQL.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AssessmentRepository extends GenericRepository<AssessmentRow, String> {

  AssessmentRow save(AssessmentRow row);

  Optional<AssessmentRow> findById(String id);

  // FOR UPDATE: appends to an assessment's evidence chain, its runs and its status changes queue
  // behind this row lock.
  @Query("SELECT * FROM assessment WHERE id = :id FOR UPDATE")
  Optional<AssessmentRow> findByIdLocked(String id);

  @Query("SELECT * FROM assessment ORDER BY created_at, id")
  List<AssessmentRow> rows();

  @Query("SELECT COUNT(*) FROM assessment WHERE status = 'ACTIVE'")
  long countActive();

  /** INACTIVE assessments last changed before {@code cutoff}: those retention may purge. */
  @Query("SELECT id FROM assessment WHERE status = 'INACTIVE' AND updated_at < :cutoff ORDER BY id")
  List<String> inactiveBefore(Instant cutoff);

  @Query("UPDATE assessment SET status = :status, updated_at = :at WHERE id = :id")
  void updateStatus(String id, String status, Instant at);

  @Query(
      "INSERT INTO assessment_control_set (assessment_id, control_set_id, name, item_no, status)"
          + " VALUES (:assessmentId, :setId, :name, :itemNo, 'ACTIVE')")
  void insertControlSet(String assessmentId, String setId, String name, int itemNo);

  @Query(
      "SELECT * FROM assessment_control_set WHERE assessment_id = :assessmentId ORDER BY item_no")
  List<AssessmentControlSet> controlSets(String assessmentId);

  @Query(
      "UPDATE assessment_control_set SET status = :status"
          + " WHERE assessment_id = :assessmentId AND control_set_id = :setId")
  void updateControlSetStatus(String assessmentId, String setId, String status);

  @Query("SELECT * FROM assessment_control WHERE assessment_id = :assessmentId ORDER BY item_no")
  List<AssessmentControl> controls(String assessmentId);

  @Query(
      "SELECT * FROM assessment_control WHERE assessment_id = :assessmentId"
          + " AND control_id = :controlId")
  Optional<AssessmentControl> findControl(String assessmentId, String controlId);

  @Query(
      "SELECT control_set_id FROM assessment_control WHERE assessment_id = :assessmentId"
          + " AND control_id = :controlId")
  Optional<String> controlSetOf(String assessmentId, String controlId);

  @Query(
      "UPDATE assessment_control SET status = :status, updated_at = :at"
          + " WHERE assessment_id = :assessmentId AND control_id = :controlId")
  void updateControlStatus(String assessmentId, String controlId, String status, Instant at);

  default void insert(Assessment a) {
    save(AssessmentRow.of(a));
  }

  default Optional<Assessment> find(String id) {
    return findById(id).map(AssessmentRow::assessment);
  }

  default Assessment get(String id) {
    return find(id).orElseThrow(() -> AssessmentException.notFound("assessment", id));
  }

  /** Reads and row-locks an assessment: appends to its evidence chain and runs queue behind it. */
  default Assessment lock(String id) {
    return findByIdLocked(id)
        .map(AssessmentRow::assessment)
        .orElseThrow(() -> AssessmentException.notFound("assessment", id));
  }

  default List<Assessment> all() {
    return rows().stream().map(AssessmentRow::assessment).toList();
  }

  default void setStatus(String id, AssessmentStatus status, Instant at) {
    updateStatus(id, status.name(), at);
  }

  default void setControlSetStatus(String assessmentId, String setId, ControlSetStatus status) {
    updateControlSetStatus(assessmentId, setId, status.name());
  }

  default AssessmentControl control(String assessmentId, String controlId) {
    return findControl(assessmentId, controlId)
        .orElseThrow(
            () ->
                new AssessmentException(
                    AssessmentException.Kind.NOT_FOUND,
                    "unknown-control",
                    "assessment " + assessmentId + " has no control " + controlId));
  }

  default void setControlStatus(
      String assessmentId, String controlId, ControlStatus status, Instant at) {
    updateControlStatus(assessmentId, controlId, status.name(), at);
  }
}
