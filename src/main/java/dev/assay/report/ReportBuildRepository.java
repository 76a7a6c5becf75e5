package dev.assay.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.assessment.store.JsonText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The record of background report builds (table {@code report_build}). Called inside {@link
 * dev.assay.assessment.store.Db#tx}, so a failed statement surfaces as a StoreException.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ReportBuildRepository extends GenericRepository<ReportBuildRow, String> {

  ObjectMapper JSON = new ObjectMapper();
  int MAX_ERROR = 2000;

  ReportBuildRow save(ReportBuildRow row);

  @Query(
      "UPDATE report_build SET status = :status, finished_at = :at, error_code = :code,"
          + " error = :error WHERE id = :id AND status = 'BUILDING'")
  int finishRow(
      String id, String status, Instant at, @Nullable String code, @Nullable String error);

  @Query("SELECT * FROM report_build WHERE id = :id AND assessment_id = :assessmentId")
  Optional<ReportBuildRow> row(String assessmentId, String id);

  @Query(
      "SELECT * FROM report_build WHERE assessment_id = :assessmentId"
          + " ORDER BY requested_at, id")
  List<ReportBuildRow> rows(String assessmentId);

  @Query("SELECT * FROM report_build WHERE status = 'BUILDING' ORDER BY requested_at, id")
  List<ReportBuildRow> buildingRows();

  default void insert(ReportBuild b) {
    save(
        new ReportBuildRow(
            b.id(),
            b.assessmentId(),
            b.status().name(),
            JsonText.write(b.selection()),
            b.requestedAt(),
            b.requestedBy(),
            null,
            null,
            null));
  }

  /** Moves a BUILDING build to its outcome; false when it was not BUILDING any more. */
  default boolean finish(
      String id, ReportBuild.Status status, Instant at, String code, String error) {
    String cut =
        error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    return finishRow(id, status.name(), at, code, cut) == 1;
  }

  default Optional<ReportBuild> find(String assessmentId, String id) {
    return row(assessmentId, id).map(ReportBuildRepository::build);
  }

  default List<ReportBuild> list(String assessmentId) {
    return rows(assessmentId).stream().map(ReportBuildRepository::build).toList();
  }

  /** Every build still BUILDING (at startup: those a stopped process left behind). */
  default List<ReportBuild> building() {
    return buildingRows().stream().map(ReportBuildRepository::build).toList();
  }

  private static ReportBuild build(ReportBuildRow r) {
    try {
      return new ReportBuild(
          r.id(),
          r.assessmentId(),
          ReportBuild.Status.valueOf(r.status()),
          JSON.readValue(r.selectionJson(), ReportRequest.class),
          r.requestedAt(),
          r.requestedBy(),
          r.finishedAt(),
          r.errorCode(),
          r.error(),
          null);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored report selection is not readable", e);
    }
  }
}
