package dev.assay.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/**
 * The change log and control comments (tables {@code change_log}, {@code control_comment}). Called
 * inside {@link dev.assay.assessment.store.Db#tx} it joins that transaction, so an entry commits
 * with the change it records. Both tables number their rows (identity), which orders the reads.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ChangeLog extends GenericRepository<ChangeLogEntry, Long> {

  String ASSESSMENT = "ASSESSMENT";
  String CONTROL = "CONTROL";

  @Query(
      "INSERT INTO change_log (assessment_id, object_type, object_id, action, detail, created_at,"
          + " created_by) VALUES (:assessmentId, :objectType, :objectId, :action, :detail, :at,"
          + " :by)")
  void insert(
      String assessmentId,
      String objectType,
      String objectId,
      String action,
      @Nullable String detail,
      Instant at,
      String by);

  @Query("SELECT * FROM change_log WHERE assessment_id = :assessmentId ORDER BY id")
  List<ChangeLogEntry> ofAssessment(String assessmentId);

  @Query(
      "SELECT * FROM change_log WHERE assessment_id = :assessmentId AND object_type = 'CONTROL'"
          + " AND object_id = :controlId ORDER BY id")
  List<ChangeLogEntry> ofControl(String assessmentId, String controlId);

  @Query(
      "INSERT INTO control_comment (assessment_id, control_id, author, body, posted_at)"
          + " VALUES (:assessmentId, :controlId, :author, :body, :postedAt)")
  void insertComment(
      String assessmentId, String controlId, String author, String body, Instant postedAt);

  @Query(
      "SELECT * FROM control_comment WHERE assessment_id = :assessmentId"
          + " AND control_id = :controlId ORDER BY id")
  List<Comment> comments(String assessmentId, String controlId);

  /** Records an entry; the detail is cut to the column's 2,000 characters. */
  default void record(
      String assessmentId,
      String objectType,
      String objectId,
      String action,
      String detail,
      Instant at,
      String by) {
    String cut = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    insert(assessmentId, objectType, objectId, action, cut, at, by);
  }

  /** The log of an assessment, oldest first; {@code controlId} non-null narrows it to a control. */
  default List<ChangeLogEntry> entries(String assessmentId, String controlId) {
    return controlId == null ? ofAssessment(assessmentId) : ofControl(assessmentId, controlId);
  }

  default void comment(String assessmentId, Comment comment) {
    insertComment(
        assessmentId, comment.controlId(), comment.author(), comment.body(), comment.postedAt());
  }
}
