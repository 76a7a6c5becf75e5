package dev.assay.assessment;

import dev.assay.assessment.evidence.EvidenceItem;
import dev.assay.assessment.evidence.EvidenceLedger;
import dev.assay.assessment.evidence.NewEvidence;
import dev.assay.assessment.store.Db;
import dev.assay.evaluation.AssayEngine;
import dev.assay.evaluation.EvaluationResult;
import dev.assay.fact.ManualEvidence;
import dev.assay.framework.Framework;
import dev.assay.snapshot.ApiCall;
import dev.assay.snapshot.Snapshot;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an assessment: gets a snapshot, evaluates it with the manual evidence uploaded so far, and
 * stores the run with its findings, control results, tasks and evidence in one transaction. A run
 * is recorded as RUNNING when it starts; one that fails is stored as FAILED with its reason (and,
 * when the collection got no answer at all, its gaps), and nothing else of it is kept.
 */
public final class Runs {

  private static final Logger LOG = LoggerFactory.getLogger(Runs.class);

  static final String RUNNING = "RUNNING";
  static final String SUCCEEDED = "SUCCEEDED";
  static final String FAILED = "FAILED";

  private final Db db;
  private final AssessmentRepository assessmentRepository;
  private final ChangeLog changeLog;
  private final RunRepository runRows;
  private final Supplier<AssayEngine> engine;
  private final EvidenceLedger ledger;
  private final SnapshotSource snapshots;
  private final Clock clock;

  public Runs(
      Db db,
      AssessmentRepository assessmentRepository,
      ChangeLog changeLog,
      RunRepository runRows,
      Supplier<AssayEngine> engine,
      EvidenceLedger ledger,
      SnapshotSource snapshots,
      Clock clock) {
    this.db = db;
    this.assessmentRepository = assessmentRepository;
    this.changeLog = changeLog;
    this.runRows = runRows;
    this.engine = engine;
    this.ledger = ledger;
    this.snapshots = snapshots;
    this.clock = clock;
  }

  /**
   * @param input a snapshot directory for this run, or {@code null} for the assessment's source
   * @param trigger {@code CREATE}, {@code MANUAL} or {@code SCHEDULE}
   */
  public Run run(String assessmentId, Path input, String trigger, String by) {
    Assessment assessment = db.tx(c -> assessmentRepository.get(assessmentId));
    Assessments.requireActive(assessment);
    Run running = start(assessment, trigger);
    Path dir = null;
    try {
      dir = snapshots.snapshotFor(assessment, running.id(), input);
      // One engine for the whole run: a rule reload meanwhile must not mix two rule bases.
      AssayEngine assay = engine.get();
      Snapshot snapshot = assay.snapshotReader().read(dir);
      List<ManualEvidence> manual =
          db.tx(c -> ledger.manual(assessmentId)).stream().map(Runs::manualEvidence).toList();
      EvaluationResult result =
          assay.evaluate(snapshot, assessment.frameworkId(), running.startedAt(), manual);
      Framework framework = assay.framework(assessment.frameworkId());
      return store(assessment, running, by, dir, snapshot, result, framework);
    } catch (RuntimeException e) {
      recordFailure(assessment, running, by, dir, e);
      throw e;
    }
  }

  /**
   * Stores the run as RUNNING before any work, in a transaction of its own: a process killed
   * mid-run leaves this row (and nothing else of the run), which {@link #failInterrupted} closes.
   */
  private Run start(Assessment assessment, String trigger) {
    return db.tx(
        c -> {
          assessmentRepository.lock(assessment.id());
          Run run =
              Run.started(
                  UUID.randomUUID().toString(),
                  assessment.id(),
                  runRows.nextNumber(assessment.id()),
                  trigger,
                  now(),
                  assessment.frameworkId());
          runRows.insert(run);
          return run;
        });
  }

  /**
   * Marks every run still RUNNING as FAILED with the reason: called once when the service starts,
   * when no run of this process can be running yet, so these are runs a killed process left.
   */
  public List<Run> failInterrupted(String reason) {
    return db.tx(
        c -> {
          List<Run> failed = new ArrayList<>();
          Instant finished = now();
          for (Run r : runRows.running()) {
            Run run = r.failed(r.snapshotSource(), finished, List.of(), reason);
            runRows.complete(run);
            changeLog.record(
                r.assessmentId(),
                ChangeLog.ASSESSMENT,
                r.assessmentId(),
                "RUN",
                "run " + r.number() + " (" + r.trigger() + ") failed: " + reason,
                finished,
                "assay");
            failed.add(run);
          }
          return failed;
        });
  }

  private Run store(
      Assessment assessment,
      Run running,
      String by,
      Path dir,
      Snapshot snapshot,
      EvaluationResult result,
      Framework framework) {
    List<String> gaps = gaps(snapshot);
    String runId = running.id();
    String trigger = running.trigger();
    return db.tx(
        c -> {
          Assessment locked = assessmentRepository.lock(assessment.id());
          Assessments.requireActive(locked);
          Set<String> collecting =
              assessmentRepository.controls(assessment.id()).stream()
                  .filter(ctl -> ctl.status() != ControlStatus.INACTIVE)
                  .map(AssessmentControl::controlId)
                  // A control the framework renamed since the assessment pinned it collects
                  // under its new ID, the one the findings carry.
                  .map(framework::currentId)
                  .collect(Collectors.toSet());
          Instant finished = now();
          List<NewEvidence> evidence =
              RunEvidence.of(snapshot, result.findings(), collecting, runId, finished);
          List<EvidenceItem> added =
              ledger.append(
                  c, assessment.id(), locked.evidenceCount(), locked.evidenceHead(), evidence);
          Run run =
              new Run(
                  runId,
                  assessment.id(),
                  running.number(),
                  trigger,
                  SUCCEEDED,
                  String.valueOf(dir),
                  running.startedAt(),
                  finished,
                  Instant.parse(result.evaluatedAt()),
                  result.ruleBaseVersion(),
                  result.frameworkId(),
                  result.frameworkVersion(),
                  framework.resolvedHash(),
                  snapshot.calls().size(),
                  added.size(),
                  gaps,
                  notes(locked, result, framework),
                  null,
                  null,
                  null);
          runRows.complete(run);
          runRows.insertResults(runId, result.findings(), result.controls(), result.tasks());
          changeLog.record(
              assessment.id(),
              ChangeLog.ASSESSMENT,
              assessment.id(),
              "RUN",
              "run "
                  + run.number()
                  + " ("
                  + trigger
                  + "): "
                  + result.findings().size()
                  + " findings, "
                  + added.size()
                  + " evidence items, "
                  + gaps.size()
                  + " gaps",
              finished,
              Assessments.who(by));
          return run;
        });
  }

  /** The calls that failed, as {@code account/region service.Operation: Code: message}. */
  static List<String> gaps(Snapshot snapshot) {
    return snapshot.calls().stream()
        .filter(ApiCall::failed)
        .map(
            c ->
                c.accountId()
                    + "/"
                    + c.region()
                    + " "
                    + c.service()
                    + "."
                    + c.operation()
                    + ": "
                    + c.error().code()
                    + ": "
                    + c.error().message())
        .sorted()
        .toList();
  }

  static List<String> notes(Assessment a, EvaluationResult result, Framework framework) {
    List<String> notes = new ArrayList<>();
    if (!framework.resolvedHash().equals(a.frameworkHash())) {
      notes.add(
          "framework "
              + a.frameworkId()
              + " changed since the assessment pinned version "
              + a.frameworkVersion()
              + " ("
              + a.frameworkHash()
              + "); evaluated with version "
              + framework.version()
              + " ("
              + framework.resolvedHash()
              + ")");
    }
    if (!result.ruleBaseVersion().equals(a.ruleBaseVersion())) {
      notes.add(
          "rule base changed since the assessment pinned "
              + a.ruleBaseVersion()
              + "; evaluated with "
              + result.ruleBaseVersion());
    }
    if (!result.skipped().isEmpty()) {
      notes.add(result.skipped().size() + " snapshot files no rule reads were skipped");
    }
    return notes;
  }

  private void recordFailure(
      Assessment a, Run running, String by, Path dir, RuntimeException cause) {
    List<String> gaps = cause instanceof CollectionFailed f ? f.gaps() : List.of();
    try {
      db.tx(
          c -> {
            assessmentRepository.lock(a.id());
            Instant finished = now();
            Run run =
                running.failed(
                    dir == null ? null : dir.toString(),
                    finished,
                    gaps,
                    truncate(String.valueOf(cause.getMessage())));
            runRows.complete(run);
            changeLog.record(
                a.id(),
                ChangeLog.ASSESSMENT,
                a.id(),
                "RUN",
                "run " + run.number() + " (" + run.trigger() + ") failed: " + run.error(),
                finished,
                Assessments.who(by));
            return run;
          });
    } catch (RuntimeException e) {
      // The run stays RUNNING; the next start of the service marks it FAILED.
      LOG.warn("could not record the failed run {} of assessment {}", running.id(), a.id(), e);
      cause.addSuppressed(e);
    }
  }

  /** Manual evidence as the rules see it: a file by its name, a text answer by its text. */
  static ManualEvidence manualEvidence(EvidenceLedger.WithContent stored) {
    EvidenceItem item = stored.item();
    boolean file = item.type() == dev.assay.assessment.evidence.EvidenceType.MANUAL_FILE;
    // The evaluator works in whole seconds: evidence given in the second a run starts counts.
    return new ManualEvidence(
        item.controlId(),
        item.resourceArn(),
        item.collectedAt().truncatedTo(ChronoUnit.SECONDS),
        file ? "FILE" : "TEXT",
        file ? item.fileName() : stored.body(),
        item.providedBy());
  }

  private static String truncate(String s) {
    return s.length() <= 2000 ? s : s.substring(0, 2000);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
