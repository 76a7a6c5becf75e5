package dev.assay.assessment;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.assay.evaluation.ResultDiff;
import java.time.Instant;
import java.util.List;

/**
 * A batch re-evaluation: the stored evidence of a fixed list of assessments evaluated again with
 * the rule base and frameworks serving, one new run each. Persisted with each assessment's state,
 * so a job interrupted by a restart resumes with the assessments not yet done.
 *
 * @param state {@code QUEUED}, {@code RUNNING}, {@code SUCCEEDED}, {@code FAILED} (some assessments
 *     failed: see {@code errors}; the others have their runs) or {@code CANCELLED}
 * @param requested the assessments asked for; empty for every active one
 * @param ruleBaseVersion the rule base the job (last) ran with
 * @param items per assessment, in order; {@code null} in lists
 * @param result the status changes of the new runs against the previous ones, in the dry run's
 *     shape; {@code null} in lists
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReevaluationJob(
    String id,
    String state,
    List<String> requested,
    String requestedBy,
    boolean cancelRequested,
    Progress progress,
    String ruleBaseVersion,
    String frameworksVersion,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant createdAt,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant startedAt,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant finishedAt,
    List<Error> errors,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<Item> items,
    @JsonInclude(JsonInclude.Include.NON_NULL) ResultDiff result) {

  public static final String QUEUED = "QUEUED";
  public static final String RUNNING = "RUNNING";
  public static final String SUCCEEDED = "SUCCEEDED";
  public static final String FAILED = "FAILED";
  public static final String CANCELLED = "CANCELLED";

  /**
   * @param done assessments finished (re-evaluated, skipped or failed)
   * @param failed assessments that failed
   * @param skipped assessments without stored evidence to re-evaluate
   * @param changedFindings (rule, resource) statuses the new runs changed
   * @param changedControls control statuses the new runs changed
   */
  public record Progress(
      int total, int done, int failed, int skipped, int changedFindings, int changedControls) {}

  /**
   * @param state {@code PENDING}, {@code DONE}, {@code FAILED} or {@code SKIPPED}
   * @param previousRunId the run whose results the new one is compared with
   * @param runId the run the job stored
   */
  public record Item(
      String assessmentId,
      String state,
      String previousRunId,
      String runId,
      String error,
      @JsonFormat(shape = JsonFormat.Shape.STRING) Instant finishedAt) {}

  /** An assessment that failed, and why. */
  public record Error(String assessmentId, String message) {}

  public boolean active() {
    return QUEUED.equals(state) || RUNNING.equals(state);
  }

  /** The job as lists show it: without items and result. */
  public ReevaluationJob summary() {
    return new ReevaluationJob(
        id,
        state,
        requested,
        requestedBy,
        cancelRequested,
        progress,
        ruleBaseVersion,
        frameworksVersion,
        createdAt,
        startedAt,
        finishedAt,
        errors,
        null,
        null);
  }
}
