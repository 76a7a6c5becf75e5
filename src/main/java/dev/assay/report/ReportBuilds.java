package dev.assay.report;

import dev.assay.assessment.store.Db;
import dev.assay.assessment.store.StoreDatabase;
import dev.assay.assessment.store.StoreException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Report builds that run in the background: the request is checked and recorded as BUILDING, the
 * build runs on the executor, and the row becomes READY or FAILED. The report itself is recorded by
 * {@link Reports} only once its zip is whole at the destination, so a report record always wins
 * over its build row: a build whose READY update was lost still reads READY.
 */
public final class ReportBuilds {

  /** The error of a build found BUILDING when the service starts. */
  public static final String INTERRUPTED = "interrupted by restart";

  private static final Logger LOG = LoggerFactory.getLogger(ReportBuilds.class);

  private final Reports reports;
  private final Db db;
  private final ReportBuildRepository rows;
  private final Executor executor;
  private final Clock clock;

  public ReportBuilds(Reports reports, StoreDatabase database, Executor executor, Clock clock) {
    this.reports = reports;
    this.db = database.db();
    this.rows = database.repository(ReportBuildRepository.class);
    this.executor = executor;
    this.clock = clock;
  }

  /**
   * Checks the request (selection, assessment, destination), records the build and starts it;
   * returns at once with the build BUILDING. Quota and evidence-chain problems surface as FAILED.
   */
  public ReportBuild start(String assessmentId, ReportRequest request, String by) {
    ReportRequest req = reports.check(assessmentId, request);
    String who = by == null || by.isBlank() ? "unknown" : by;
    ReportBuild build =
        new ReportBuild(
            UUID.randomUUID().toString(),
            assessmentId,
            ReportBuild.Status.BUILDING,
            req,
            now(),
            who,
            null,
            null,
            null,
            null);
    query(
        () -> {
          rows.insert(build);
          return null;
        });
    try {
      executor.execute(() -> run(build));
    } catch (RejectedExecutionException e) {
      finish(build.id(), ReportBuild.Status.FAILED, "report-build-failed", "shutting down");
      throw new IllegalStateException("the service is shutting down; no report was built", e);
    }
    return build;
  }

  private void run(ReportBuild build) {
    try {
      reports.create(
          build.assessmentId(), build.selection(), build.requestedBy(), null, build.id());
      finish(build.id(), ReportBuild.Status.READY, null, null);
    } catch (ReportException e) {
      finish(build.id(), ReportBuild.Status.FAILED, e.slug(), e.getMessage());
    } catch (RuntimeException | Error e) {
      LOG.warn("report build {} failed", build.id(), e);
      finish(build.id(), ReportBuild.Status.FAILED, "report-build-failed", String.valueOf(e));
    }
  }

  /** A build of the assessment (a report built synchronously reads as a READY build). */
  public Optional<ReportBuild> find(String assessmentId, String reportId) {
    Optional<ReportRecord> report = reports.find(assessmentId, reportId);
    Optional<ReportBuild> build = query(() -> rows.find(assessmentId, reportId));
    if (report.isPresent()) {
      return Optional.of(
          build.map(b -> ready(b, report.get())).orElseGet(() -> ReportBuild.of(report.get())));
    }
    return build;
  }

  /** Every background build of the assessment, oldest first, READY ones with their report. */
  public List<ReportBuild> list(String assessmentId) {
    Map<String, ReportRecord> built =
        reports.list(assessmentId).stream()
            .collect(Collectors.toMap(ReportRecord::id, Function.identity()));
    List<ReportBuild> result = new ArrayList<>();
    for (ReportBuild b : query(() -> rows.list(assessmentId))) {
      ReportRecord r = built.get(b.id());
      result.add(r != null ? ready(b, r) : b);
    }
    return result;
  }

  /**
   * At startup: builds a stopped process left BUILDING become FAILED, as nothing of them was
   * recorded and their work files are gone with the process.
   */
  public List<ReportBuild> failInterrupted() {
    List<ReportBuild> failed = new ArrayList<>();
    for (ReportBuild b : query(rows::building)) {
      if (reports.find(b.assessmentId(), b.id()).isPresent()) {
        finish(b.id(), ReportBuild.Status.READY, null, null);
      } else if (finish(
          b.id(), ReportBuild.Status.FAILED, "report-build-interrupted", INTERRUPTED)) {
        failed.add(b);
      }
    }
    return failed;
  }

  private static ReportBuild ready(ReportBuild b, ReportRecord r) {
    return new ReportBuild(
        b.id(),
        b.assessmentId(),
        ReportBuild.Status.READY,
        b.selection(),
        b.requestedAt(),
        b.requestedBy(),
        b.finishedAt() != null ? b.finishedAt() : r.createdAt(),
        null,
        null,
        r);
  }

  private boolean finish(String id, ReportBuild.Status status, String code, String error) {
    try {
      return query(() -> rows.finish(id, status, now(), code, error));
    } catch (StoreException e) {
      // The build row stays BUILDING; the next start marks it (or finds its report READY).
      LOG.warn("cannot record the outcome {} of report build {}: {}", status, id, e.getMessage());
      return false;
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /**
   * One statement in a transaction of its own, as the auto-commit statements this replaced: a
   * build's row must not wait for the report's (long) work, and a failed statement surfaces as a
   * StoreException.
   */
  private <T> T query(Supplier<T> work) {
    return db.tx(c -> work.get());
  }
}
