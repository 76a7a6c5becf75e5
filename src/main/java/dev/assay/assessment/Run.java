package dev.assay.assessment;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;
import java.util.List;

/**
 * One evaluation of an assessment, stored whole with its findings, control results and tasks.
 *
 * @param trigger {@code CREATE}, {@code MANUAL}, {@code SCHEDULE} or {@code REEVALUATION}
 * @param status {@code SUCCEEDED} or {@code FAILED} (then {@code error} says why)
 * @param snapshotSource the snapshot directory evaluated (given, or written by the collection)
 * @param gaps calls that failed, as {@code account/region service.Operation: Code: message}
 * @param notes what a reader should know, e.g. that the framework changed since it was pinned
 * @param reevaluationJobId the re-evaluation job that made this run ({@code trigger} {@code
 *     REEVALUATION}), else {@code null}
 * @param evidenceRunId for a re-evaluation, the run whose stored evidence was evaluated again (no
 *     evidence is collected or copied for it); else {@code null}
 */
public record Run(
    String id,
    String assessmentId,
    int number,
    String trigger,
    String status,
    String snapshotSource,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant startedAt,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant finishedAt,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant evaluatedAt,
    String ruleBaseVersion,
    String frameworkId,
    String frameworkVersion,
    String frameworkHash,
    int calls,
    int evidenceAdded,
    List<String> gaps,
    List<String> notes,
    String error,
    String reevaluationJobId,
    String evidenceRunId) {

  public static final String REEVALUATION = "REEVALUATION";

  /** A run stored before any work (status RUNNING), so a killed process leaves a trace of it. */
  static Run started(
      String id, String assessmentId, int number, String trigger, Instant at, String frameworkId) {
    return new Run(
        id,
        assessmentId,
        number,
        trigger,
        Runs.RUNNING,
        null,
        at,
        null,
        null,
        null,
        frameworkId,
        null,
        null,
        0,
        0,
        List.of(),
        List.of(),
        null,
        null,
        null);
  }

  /** This run ended FAILED at {@code finished}: no results, the gaps and the reason. */
  Run failed(String snapshotSource, Instant finished, List<String> gaps, String error) {
    return new Run(
        id,
        assessmentId,
        number,
        trigger,
        Runs.FAILED,
        snapshotSource,
        startedAt,
        finished,
        null,
        null,
        frameworkId,
        null,
        null,
        0,
        0,
        gaps,
        List.of(),
        error,
        reevaluationJobId,
        evidenceRunId);
  }

  /**
   * This run as a delegate reads it: {@code gaps} and {@code evidenceAdded} of their controls only,
   * without the server path of its snapshot.
   */
  Run narrowed(List<String> gaps, int evidenceAdded) {
    return new Run(
        id,
        assessmentId,
        number,
        trigger,
        status,
        null,
        startedAt,
        finishedAt,
        evaluatedAt,
        ruleBaseVersion,
        frameworkId,
        frameworkVersion,
        frameworkHash,
        calls,
        evidenceAdded,
        List.copyOf(gaps),
        notes,
        error,
        reevaluationJobId,
        evidenceRunId);
  }

  public boolean succeeded() {
    return "SUCCEEDED".equals(status);
  }

  /** The run whose stored evidence this run's results rest on: its own, or the one re-evaluated. */
  public String evidenceSource() {
    return evidenceRunId != null ? evidenceRunId : id;
  }
}
