package dev.assay.report;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A report build and how it went: BUILDING while it runs, READY with the report once its zip is
 * complete at the destination, FAILED with the problem that stopped it.
 *
 * @param errorCode the problem name of a failed build (e.g. {@code report-too-large})
 * @param report the built report, when READY
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportBuild(
    String id,
    String assessmentId,
    Status status,
    ReportRequest selection,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant requestedAt,
    String requestedBy,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant finishedAt,
    String errorCode,
    String error,
    ReportRecord report) {

  /** Where a build is. */
  public enum Status {
    BUILDING,
    READY,
    FAILED
  }

  /** A report built synchronously: it has no build row, only its record. */
  static ReportBuild of(ReportRecord r) {
    return new ReportBuild(
        r.id(),
        r.assessmentId(),
        Status.READY,
        r.selection(),
        r.createdAt(),
        r.createdBy(),
        r.createdAt(),
        null,
        null,
        r);
  }
}
