package dev.assay.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.assessment.store.JsonText;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** The record of built reports (table {@code assessment_report}). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ReportRepository extends GenericRepository<ReportRow, String> {

  ObjectMapper JSON = new ObjectMapper();

  ReportRow save(ReportRow row);

  @Query(
      "SELECT * FROM assessment_report WHERE assessment_id = :assessmentId ORDER BY created_at, id")
  List<ReportRow> of(String assessmentId);

  default void insert(ReportRecord r) {
    save(
        new ReportRow(
            r.id(),
            r.assessmentId(),
            r.name(),
            r.description(),
            JsonText.write(r.selection()),
            r.evidenceItems(),
            r.files(),
            r.sizeBytes(),
            r.sha256(),
            r.digestSha256(),
            r.signatureAlgorithm(),
            r.keyId(),
            r.location(),
            r.createdAt(),
            r.createdBy()));
  }

  default List<ReportRecord> list(String assessmentId) {
    return of(assessmentId).stream()
        .map(
            r ->
                new ReportRecord(
                    r.id(),
                    r.assessmentId(),
                    r.name(),
                    r.description(),
                    selection(r.selectionJson()),
                    r.evidenceItems(),
                    r.files(),
                    r.sizeBytes(),
                    r.zipSha256(),
                    r.digestSha256(),
                    r.signatureAlgorithm(),
                    r.keyId(),
                    r.location(),
                    r.createdAt(),
                    r.createdBy()))
        .toList();
  }

  private static ReportRequest selection(String json) {
    try {
      return JSON.readValue(json, ReportRequest.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored report selection is not readable", e);
    }
  }
}
