package dev.assay.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.assessment.store.JsonText;
import dev.assay.evaluation.ResultDiff;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Re-evaluation jobs and their items (tables {@code reevaluation_job}, {@code reevaluation_item}),
 * one Micronaut Data repository per table. Called inside {@link dev.assay.assessment.store.Db#tx},
 * the repositories join the caller's transaction.
 */
@Singleton
final class ReevaluationRepository {

  static final String PENDING = "PENDING";
  static final String DONE = "DONE";
  static final String FAILED = "FAILED";
  static final String SKIPPED = "SKIPPED";

  /** SQLSTATE of a unique constraint violation, on PostgreSQL and H2 alike. */
  private static final String UNIQUE_VIOLATION = "23505";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** An item still to do. */
  record Pending(int itemNo, String assessmentId) {}

  private final ReevaluationJobRepository jobs;
  private final ReevaluationItemRepository items;

  ReevaluationRepository(ReevaluationJobRepository jobs, ReevaluationItemRepository items) {
    this.jobs = jobs;
    this.items = items;
  }

  /**
   * Inserts a queued job with one pending item per assessment. Takes the transaction's connection
   * to roll back the refused insert before saying which job holds the slot: PostgreSQL reads
   * nothing more in a transaction a failed statement aborted.
   *
   * @throws AssessmentException a conflict when another job is queued or running
   */
  void insert(
      Connection c,
      String id,
      List<String> requested,
      String by,
      List<String> assessmentIds,
      Instant at)
      throws SQLException {
    try {
      jobs.save(
          new ReevaluationJobRow(
              id,
              ReevaluationJob.QUEUED,
              "X",
              JsonText.write(requested),
              by,
              false,
              null,
              null,
              at,
              null,
              null));
    } catch (DataAccessException e) {
      throw busy(c, e);
    }
    List<ReevaluationItemRow> rows = new ArrayList<>();
    for (int i = 0; i < assessmentIds.size(); i++) {
      rows.add(
          new ReevaluationItemRow(
              new ReevaluationItemRow.Key(id, i),
              assessmentIds.get(i),
              PENDING,
              null,
              null,
              0,
              0,
              null,
              null,
              null));
    }
    if (!rows.isEmpty()) {
      items.saveAll(rows);
    }
  }

  /** Makes a finished or interrupted job active again, unless another one is. */
  void reactivate(Connection c, String id) throws SQLException {
    try {
      jobs.reactivate(id);
    } catch (DataAccessException e) {
      throw busy(c, e);
    }
    // Failed assessments are tried again; done and skipped ones never are.
    items.retryFailed(id);
  }

  private RuntimeException busy(Connection c, DataAccessException e) throws SQLException {
    if (!uniqueViolation(e)) {
      throw e;
    }
    c.rollback();
    String other = active().orElse("?");
    return new AssessmentException(
        AssessmentException.Kind.CONFLICT,
        "reevaluation-running",
        "re-evaluation job "
            + other
            + " is queued or running; only one job runs at a time (wait for it, or cancel it)");
  }

  private static boolean uniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  Optional<String> active() {
    return jobs.active();
  }

  void start(String id, String ruleBase, String frameworks, Instant at) {
    jobs.start(id, ruleBase, frameworks, at);
  }

  void finish(String id, String state, Instant at) {
    jobs.finish(id, state, at);
  }

  void requestCancel(String id) {
    jobs.requestCancel(id);
  }

  boolean cancelRequested(String id) {
    return jobs.cancelRequested(id).orElse(false);
  }

  List<Pending> pending(String id) {
    return items.in(id, PENDING).stream()
        .map(i -> new Pending(i.key().itemNo(), i.assessmentId()))
        .toList();
  }

  void finishItem(
      String jobId,
      int itemNo,
      String state,
      String previousRunId,
      String runId,
      ResultDiff diff,
      String error,
      Instant at) {
    items.finish(
        jobId,
        itemNo,
        state,
        previousRunId,
        runId,
        diff == null ? 0 : diff.counts().findings(),
        diff == null ? 0 : diff.counts().controls(),
        diff == null ? null : JsonText.write(diff.changes()),
        error,
        at);
  }

  Optional<ReevaluationJob> get(String id) {
    Optional<ReevaluationJob> job = jobs.row(id).map(this::job);
    if (job.isEmpty()) {
      return job;
    }
    List<ReevaluationJob.Item> list = new ArrayList<>();
    List<ResultDiff> diffs = new ArrayList<>();
    for (ReevaluationItemRow r : items.of(id)) {
      list.add(
          new ReevaluationJob.Item(
              r.assessmentId(),
              r.state(),
              r.previousRunId(),
              r.runId(),
              r.error(),
              r.finishedAt()));
      if (r.changesJson() != null) {
        diffs.add(diff(r.changesJson(), r.changedFindings()));
      }
    }
    ReevaluationJob j = job.get();
    return Optional.of(
        new ReevaluationJob(
            j.id(),
            j.state(),
            j.requested(),
            j.requestedBy(),
            j.cancelRequested(),
            j.progress(),
            j.ruleBaseVersion(),
            j.frameworksVersion(),
            j.createdAt(),
            j.startedAt(),
            j.finishedAt(),
            j.errors(),
            List.copyOf(list),
            ResultDiff.merge(diffs, null, j.ruleBaseVersion())));
  }

  List<ReevaluationJob> list() {
    return jobs.rows().stream().map(this::job).toList();
  }

  /** Jobs a stopped process left queued or running. */
  List<String> unfinished() {
    return jobs.unfinished();
  }

  private ReevaluationJob job(ReevaluationJobRow r) {
    ReevaluationItemRepository.Counts n = items.counts(r.id());
    ReevaluationJob.Progress progress =
        new ReevaluationJob.Progress(
            (int) n.total(),
            (int) n.finished(),
            (int) n.failed(),
            (int) n.skipped(),
            (int) n.changedFindings(),
            (int) n.changedControls());
    List<ReevaluationJob.Error> errors =
        items.in(r.id(), FAILED).stream()
            .map(i -> new ReevaluationJob.Error(i.assessmentId(), i.error()))
            .toList();
    return new ReevaluationJob(
        r.id(),
        r.state(),
        JsonText.list(r.requestedJson()),
        r.requestedBy(),
        r.cancelRequested(),
        progress,
        r.ruleBaseVersion(),
        r.frameworksVersion(),
        r.createdAt(),
        r.startedAt(),
        r.finishedAt(),
        errors,
        null,
        null);
  }

  private static ResultDiff diff(String changes, int findings) {
    try {
      List<ResultDiff.Change> list =
          JSON.readValue(changes, new TypeReference<List<ResultDiff.Change>>() {});
      // Finding changes come first in a diff; merge counts them by the stored number.
      return new ResultDiff(list, new ResultDiff.Counts(findings, 0, Map.of()), null, null);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored changes are not readable: " + e.getMessage(), e);
    }
  }
}
