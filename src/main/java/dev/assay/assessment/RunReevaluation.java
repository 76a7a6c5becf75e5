package dev.assay.assessment;

import dev.assay.assessment.store.Db;
import dev.assay.evaluation.AssayEngine;
import dev.assay.evaluation.EvaluationResult;
import dev.assay.evaluation.ResultDiff;
import dev.assay.framework.Framework;
import dev.assay.snapshot.Snapshot;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Re-evaluates one assessment's stored evidence (its run's snapshot while that still holds the
 * evidence) with a given engine and stores the result as a new run marked {@code REEVALUATION}:
 * never calls AWS, collects and copies no evidence (the run points at the run whose evidence it
 * used). It evaluates as of that evidence's evaluation time, with the manual evidence provided so
 * far, exactly as the dry run does, so a job stores what the dry run previewed. The diff is against
 * the previous run's stored results.
 */
final class RunReevaluation {

  /** The stored run and its status changes against the run before it. */
  record Outcome(Run run, ResultDiff diff) {}

  private final Db db;
  private final AssessmentRepository assessmentRepository;
  private final ChangeLog changeLog;
  private final RunRepository runRows;
  private final Clock clock;

  RunReevaluation(
      Db db,
      AssessmentRepository assessmentRepository,
      ChangeLog changeLog,
      RunRepository runRows,
      Clock clock) {
    this.db = db;
    this.assessmentRepository = assessmentRepository;
    this.changeLog = changeLog;
    this.runRows = runRows;
    this.clock = clock;
  }

  Outcome reevaluate(StoredEvidence.Input input, AssayEngine engine, String jobId, String by) {
    Instant started = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Assessment assessment = input.assessment();
    Run previous = input.run();
    StoredEvidence.Source source = input.snapshot(engine);
    Snapshot snapshot = source.snapshot();
    Instant at = previous.evaluatedAt() != null ? previous.evaluatedAt() : previous.startedAt();
    EvaluationResult result =
        engine.evaluate(snapshot, assessment.frameworkId(), at, input.manual());
    Framework framework = engine.framework(assessment.frameworkId());
    List<String> gaps = Runs.gaps(snapshot);
    return db.tx(
        c -> {
          Assessment locked = assessmentRepository.lock(assessment.id());
          Assessments.requireActive(locked);
          String latest = runRows.lastSucceeded(assessment.id()).map(Run::id).orElse("");
          if (!latest.equals(previous.id())) {
            // A run stored since the evidence was read: its evidence is the one to re-evaluate.
            throw new AssessmentException(
                AssessmentException.Kind.CONFLICT,
                "run-superseded",
                "run " + latest + " was stored meanwhile; re-evaluate again to include it");
          }
          ResultDiff diff =
              ResultDiff.between(
                  runRows.findings(previous.id()),
                  runRows.controlResults(previous.id()),
                  previous.ruleBaseVersion(),
                  result,
                  assessment.id(),
                  framework.renames());
          Instant finished = clock.instant().truncatedTo(ChronoUnit.MILLIS);
          List<String> notes = new ArrayList<>();
          notes.add(
              "re-evaluation by job "
                  + jobId
                  + " of the evidence of run "
                  + previous.number()
                  + ": "
                  + diff.counts().findings()
                  + " finding and "
                  + diff.counts().controls()
                  + " control status changes");
          if (source.note() != null) {
            notes.add(source.note());
          }
          notes.addAll(Runs.notes(locked, result, framework));
          Run run =
              new Run(
                  UUID.randomUUID().toString(),
                  assessment.id(),
                  runRows.nextNumber(assessment.id()),
                  Run.REEVALUATION,
                  "SUCCEEDED",
                  previous.snapshotSource(),
                  started,
                  finished,
                  Instant.parse(result.evaluatedAt()),
                  result.ruleBaseVersion(),
                  result.frameworkId(),
                  result.frameworkVersion(),
                  framework.resolvedHash(),
                  snapshot.calls().size(),
                  0,
                  gaps,
                  List.copyOf(notes),
                  null,
                  jobId,
                  previous.evidenceSource());
          runRows.insert(run);
          runRows.insertResults(run.id(), result.findings(), result.controls(), result.tasks());
          changeLog.record(
              assessment.id(),
              ChangeLog.ASSESSMENT,
              assessment.id(),
              "RUN",
              "run "
                  + run.number()
                  + " (REEVALUATION by job "
                  + jobId
                  + " of run "
                  + previous.number()
                  + "): "
                  + diff.counts().findings()
                  + " finding and "
                  + diff.counts().controls()
                  + " control status changes",
              finished,
              Assessments.who(by));
          return new Outcome(run, diff);
        });
  }
}
