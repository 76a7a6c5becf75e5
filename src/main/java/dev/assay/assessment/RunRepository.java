package dev.assay.assessment;

import dev.assay.assessment.store.JsonText;
import dev.assay.evaluation.ControlResult;
import dev.assay.evaluation.ControlStatus;
import dev.assay.evaluation.Finding;
import dev.assay.evaluation.Status;
import dev.assay.evaluation.Task;
import dev.assay.evaluation.TaskStatus;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs and what they decided (tables {@code assessment_run}, {@code run_finding}, {@code
 * run_control_result}, {@code run_task}), one Micronaut Data repository per table. Called inside
 * {@link dev.assay.assessment.store.Db#tx}, the repositories join the caller's transaction, so a
 * run and its results commit together.
 */
@Singleton
final class RunRepository {

  /** Results are inserted in JDBC batches of this many rows, as before the conversion. */
  static final int BATCH = 500;

  private final RunRowRepository runs;
  private final RunFindingRepository findings;
  private final RunControlRepository controls;
  private final RunTaskRepository tasks;

  RunRepository(
      RunRowRepository runs,
      RunFindingRepository findings,
      RunControlRepository controls,
      RunTaskRepository tasks) {
    this.runs = runs;
    this.findings = findings;
    this.controls = controls;
    this.tasks = tasks;
  }

  int nextNumber(String assessmentId) {
    return runs.maxNumber(assessmentId) + 1;
  }

  void insert(Run r) {
    runs.save(
        new RunRow(
            r.id(),
            r.assessmentId(),
            r.number(),
            r.trigger(),
            r.status(),
            r.snapshotSource(),
            r.startedAt(),
            r.finishedAt(),
            r.evaluatedAt(),
            r.ruleBaseVersion(),
            r.frameworkId(),
            r.frameworkVersion(),
            r.frameworkHash(),
            r.calls(),
            r.evidenceAdded(),
            JsonText.write(r.gaps()),
            JsonText.write(r.notes()),
            r.error(),
            r.reevaluationJobId(),
            r.evidenceRunId()));
  }

  /** Completes a run stored as RUNNING: its outcome, figures and reason replace the row's. */
  void complete(Run r) {
    runs.completeRow(
        r.id(),
        r.status(),
        r.snapshotSource(),
        r.finishedAt(),
        r.evaluatedAt(),
        r.ruleBaseVersion(),
        r.frameworkId(),
        r.frameworkVersion(),
        r.frameworkHash(),
        r.calls(),
        r.evidenceAdded(),
        JsonText.write(r.gaps()),
        JsonText.write(r.notes()),
        r.error());
  }

  /** Runs still RUNNING, oldest first: after a restart, the ones a killed process left. */
  List<Run> running() {
    return runs.runningRows().stream().map(RunRepository::run).toList();
  }

  void insertResults(
      String runId, List<Finding> findings, List<ControlResult> controls, List<Task> tasks) {
    List<RunFindingRow> findingRows = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      findingRows.add(
          new RunFindingRow(
              new RunItemKey(runId, i),
              f.ruleId(),
              JsonText.write(f.controlIds()),
              f.status().name(),
              f.severity(),
              f.resourceArn(),
              f.resourceType(),
              f.accountId(),
              f.region(),
              f.reason()));
    }
    inBatches(findingRows, this.findings::saveAll);
    List<RunControlRow> controlRows = new ArrayList<>();
    for (ControlResult r : controls) {
      controlRows.add(
          new RunControlRow(
              new RunControlRow.Key(runId, r.controlId()),
              r.controlSetId(),
              r.status().name(),
              r.pass(),
              r.fail(),
              r.error(),
              r.notApplicable(),
              r.openTasks()));
    }
    inBatches(controlRows, this.controls::saveAll);
    List<RunTaskRow> taskRows = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      Task t = tasks.get(i);
      taskRows.add(
          new RunTaskRow(
              new RunItemKey(runId, i),
              t.controlId(),
              t.resourceArn(),
              t.status().name(),
              LocalDate.parse(t.due()),
              t.instructions()));
    }
    inBatches(taskRows, this.tasks::saveAll);
  }

  List<Run> runs(String assessmentId) {
    return runs.rows(assessmentId).stream().map(RunRepository::run).toList();
  }

  Optional<Run> run(String assessmentId, String runId) {
    return runs.row(assessmentId, runId).map(RunRepository::run);
  }

  /** The latest run that succeeded: the one the summary and the task list describe. */
  Optional<Run> lastSucceeded(String assessmentId) {
    return runs.lastSucceededRow(assessmentId).map(RunRepository::run);
  }

  /**
   * Runs that failed after the given successful run (after none: every failed run), newest first.
   */
  List<Run> failedSince(String assessmentId, Run succeeded) {
    return runs.failedRowsAfter(assessmentId, succeeded == null ? 0 : succeeded.number()).stream()
        .map(RunRepository::run)
        .toList();
  }

  Optional<Run> last(String assessmentId) {
    return runs.lastRow(assessmentId).map(RunRepository::run);
  }

  List<Finding> findings(String runId) {
    return findings(findings.of(runId));
  }

  /** The ERROR findings only: those that name the gaps behind them. */
  List<Finding> errorFindings(String runId) {
    return findings(findings.errorsOf(runId));
  }

  private static List<Finding> findings(List<RunFindingRow> rows) {
    return rows.stream()
        .map(
            f ->
                new Finding(
                    f.ruleId(),
                    JsonText.list(f.controlIds()),
                    Status.valueOf(f.status()),
                    f.severity(),
                    f.resourceArn(),
                    f.resourceType(),
                    f.accountId(),
                    f.region(),
                    f.reason()))
        .toList();
  }

  List<ControlResult> controlResults(String runId) {
    return controls.of(runId).stream()
        .map(
            r ->
                new ControlResult(
                    r.key().controlId(),
                    r.controlSetId(),
                    null,
                    ControlStatus.valueOf(r.status()),
                    r.passCount(),
                    r.failCount(),
                    r.errorCount(),
                    r.naCount(),
                    r.openTasks()))
        .toList();
  }

  List<Task> tasks(String runId) {
    return tasks.of(runId).stream()
        .map(
            t ->
                new Task(
                    t.controlId(),
                    t.resourceArn(),
                    TaskStatus.valueOf(t.status()),
                    t.due().toString(),
                    t.instructions()))
        .toList();
  }

  private static <T> void inBatches(List<T> rows, Consumer<List<T>> save) {
    for (int from = 0; from < rows.size(); from += BATCH) {
      save.accept(rows.subList(from, Math.min(rows.size(), from + BATCH)));
    }
  }

  private static Run run(RunRow r) {
    return new Run(
        r.id(),
        r.assessmentId(),
        r.runNumber(),
        r.runTrigger(),
        r.status(),
        r.snapshotSource(),
        r.startedAt(),
        r.finishedAt(),
        r.evaluatedAt(),
        r.ruleBaseVersion(),
        r.frameworkId(),
        r.frameworkVersion(),
        r.frameworkHash(),
        r.calls(),
        r.evidenceAdded(),
        JsonText.list(r.gapsJson()),
        JsonText.list(r.notesJson()),
        r.error(),
        r.reevaluationJobId(),
        r.evidenceRunId());
  }
}
