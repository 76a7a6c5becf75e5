package dev.assay.assessment;

import dev.assay.assessment.store.Db;
import dev.assay.evaluation.AssayEngine;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Batch re-evaluation jobs: create, run in the background (or in the caller's thread, for the CLI),
 * cancel, resume. One job is active at a time, across processes (the database enforces it); a
 * second request is refused as a conflict rather than queued, so nobody waits on a job they cannot
 * see. A job's assessments are fixed when it is created; each is re-evaluated once, with one engine
 * for the whole job, by up to {@code parallelism} workers.
 */
public final class Reevaluations implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Reevaluations.class);

  /** What a job run reports to listeners (metrics, the CLI's progress bar). */
  public interface Listener {
    default void started(ReevaluationJob job) {}

    default void assessmentFinished(ReevaluationJob.Item item) {}

    default void finished(ReevaluationJob job) {}
  }

  private final Db db;
  private final AssessmentRepository assessmentRepository;
  private final ChangeLog changeLog;
  private final ReevaluationRepository jobs;
  private final Supplier<AssayEngine> engine;
  private final JobItemReevaluation items;
  private final Clock clock;
  private final int parallelism;
  private final List<Listener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final ExecutorService background =
      Executors.newSingleThreadExecutor(daemon("assay-reevaluation"));
  private volatile boolean closing;

  Reevaluations(
      Db db,
      AssessmentRepository assessmentRepository,
      ChangeLog changeLog,
      RunRepository runRows,
      ReevaluationRepository jobs,
      Supplier<AssayEngine> engine,
      StoredEvidence stored,
      Clock clock,
      int parallelism) {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
    }
    this.db = db;
    this.assessmentRepository = assessmentRepository;
    this.changeLog = changeLog;
    this.jobs = jobs;
    this.engine = engine;
    this.items =
        new JobItemReevaluation(
            db,
            jobs,
            stored,
            new RunReevaluation(db, assessmentRepository, changeLog, runRows, clock),
            clock,
            listeners);
    this.clock = clock;
    this.parallelism = parallelism;
  }

  public void listen(Listener listener) {
    listeners.add(listener);
  }

  /**
   * Creates a queued job, checked up front: named assessments must exist and be active.
   *
   * @param assessmentIds the assessments to re-evaluate; empty for every active one
   * @throws AssessmentException 404 for an unknown assessment, 409 for an inactive one or while
   *     another job is queued or running
   */
  public ReevaluationJob create(List<String> assessmentIds, String by) {
    List<String> requested = List.copyOf(new LinkedHashSet<>(assessmentIds));
    String id = UUID.randomUUID().toString();
    db.tx(
        c -> {
          List<String> ids = new ArrayList<>();
          if (requested.isEmpty()) {
            assessmentRepository.all().stream()
                .filter(Assessment::active)
                .forEach(a -> ids.add(a.id()));
          } else {
            for (String assessmentId : requested) {
              Assessments.requireActive(assessmentRepository.get(assessmentId));
              ids.add(assessmentId);
            }
          }
          jobs.insert(c, id, requested, Assessments.who(by), ids, now());
          return null;
        });
    return get(id);
  }

  /** Creates a job and runs it in the background. */
  public ReevaluationJob start(List<String> assessmentIds, String by) {
    ReevaluationJob job = create(assessmentIds, by);
    submit(job.id());
    return job;
  }

  public ReevaluationJob get(String id) {
    return db.tx(
        c -> jobs.get(id).orElseThrow(() -> AssessmentException.notFound("reevaluation", id)));
  }

  public List<ReevaluationJob> list() {
    return db.tx(c -> jobs.list());
  }

  /**
   * Asks a job to stop after the assessments being re-evaluated now. A job no worker of this
   * process runs (queued, or left by a stopped process) is cancelled at once.
   *
   * @throws AssessmentException 409 when the job has already finished
   */
  public ReevaluationJob cancel(String id) {
    ReevaluationJob job = get(id);
    if (!job.active()) {
      throw finished(job, "cancel");
    }
    db.tx(
        c -> {
          jobs.requestCancel(id);
          return null;
        });
    synchronized (this) {
      if (!running.contains(id)) {
        db.tx(
            c -> {
              jobs.finish(id, ReevaluationJob.CANCELLED, now());
              return null;
            });
      }
    }
    return get(id);
  }

  /**
   * Resumes a cancelled, failed or interrupted job in the background with the assessments not yet
   * done (failed ones are tried again; done ones never are).
   *
   * @throws AssessmentException 409 when it succeeded, runs here already, or another job is active
   */
  public ReevaluationJob resume(String id) {
    resumeHere(id);
    submit(id);
    return get(id);
  }

  /**
   * Makes a job ready to go on in the caller's thread with {@link #run}, as {@link #resume} does
   * for the background (the CLI's {@code reevaluate --resume}).
   */
  public ReevaluationJob resumeHere(String id) {
    ReevaluationJob job = get(id);
    synchronized (this) {
      if (running.contains(id)) {
        throw new AssessmentException(
            AssessmentException.Kind.CONFLICT,
            "reevaluation-running",
            "re-evaluation job " + id + " is running");
      }
    }
    if (ReevaluationJob.SUCCEEDED.equals(job.state())) {
      throw finished(job, "resume");
    }
    if (!job.active()) {
      db.tx(
          c -> {
            jobs.reactivate(c, id);
            return null;
          });
    }
    return get(id);
  }

  /** At startup: resumes the jobs a stopped process left queued or running. */
  public List<String> resumeInterrupted() {
    List<String> ids = db.tx(c -> jobs.unfinished());
    ids.forEach(
        id -> {
          LOG.info("Resuming re-evaluation job {} interrupted by a restart", id);
          submit(id);
        });
    return ids;
  }

  private final java.util.Set<String> running = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private void submit(String id) {
    synchronized (this) {
      running.add(id);
    }
    background.execute(() -> run(id, Integer.MAX_VALUE));
  }

  /**
   * Runs a job in the calling thread: up to {@code limit} of its pending assessments, then finishes
   * it when none is left. With assessments left (the limit, a cancel, a shutdown) it stays as it
   * is, to be resumed, unless cancelled.
   */
  public ReevaluationJob run(String id, int limit) {
    synchronized (this) {
      running.add(id);
    }
    try {
      AssayEngine assay = engine.get();
      db.tx(
          c -> {
            jobs.start(id, assay.ruleBase().version(), assay.frameworks().version(), now());
            return null;
          });
      ReevaluationJob job = get(id);
      listeners.forEach(l -> l.started(job));
      List<ReevaluationRepository.Pending> pending = db.tx(c -> jobs.pending(id));
      List<ReevaluationRepository.Pending> batch =
          pending.subList(0, Math.min(limit, pending.size()));
      new JobWorkers(parallelism, () -> stopRequested(id))
          .each(batch, item -> items.reevaluate(job, item, assay));
      return conclude(id);
    } finally {
      synchronized (this) {
        running.remove(id);
      }
    }
  }

  private boolean stopRequested(String id) {
    return closing || db.tx(c -> jobs.cancelRequested(id));
  }

  private ReevaluationJob conclude(String id) {
    ReevaluationJob job = get(id);
    boolean left = job.progress().done() < job.progress().total();
    String state;
    if (job.cancelRequested() && left) {
      state = ReevaluationJob.CANCELLED;
    } else if (left) {
      return job; // interrupted: resumed by the next start or on request
    } else {
      state = job.progress().failed() > 0 ? ReevaluationJob.FAILED : ReevaluationJob.SUCCEEDED;
    }
    db.tx(
        c -> {
          jobs.finish(id, state, now());
          return null;
        });
    ReevaluationJob last = get(id);
    LOG.info(
        "Re-evaluation job {} {}: {} of {} assessments, {} failed, {} finding and {} control"
            + " status changes",
        id,
        state,
        last.progress().done(),
        last.progress().total(),
        last.progress().failed(),
        last.progress().changedFindings(),
        last.progress().changedControls());
    listeners.forEach(l -> l.finished(last));
    return last;
  }

  private static AssessmentException finished(ReevaluationJob job, String verb) {
    return new AssessmentException(
        AssessmentException.Kind.CONFLICT,
        "reevaluation-finished",
        "cannot " + verb + " re-evaluation job " + job.id() + ": it is " + job.state());
  }

  /** Stops after the assessments being re-evaluated now; running jobs stay resumable. */
  @Override
  public void close() {
    closing = true;
    background.shutdown();
    try {
      if (!background.awaitTermination(30, TimeUnit.SECONDS)) {
        background.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
