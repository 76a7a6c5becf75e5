package dev.assay.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.assessment.Assessment;
import dev.assay.assessment.AssessmentStore;
import dev.assay.assessment.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Background builds: one left BUILDING by a stopped process reads FAILED after the next start, and
 * one whose report was recorded before the stop reads READY.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBuildsTest {

  @TempDir static Path temp;
  TestDatabase db;
  AssessmentStore store;
  Reports reports;

  @BeforeAll
  void setUp() {
    db = TestDatabase.open(TestDatabase.Kind.H2);
    store = ReportFixture.store(db, temp.resolve("data"), false);
    reports = ReportFixture.reports(store, db, ReportSettings.defaults(temp.resolve("data")));
  }

  @AfterAll
  void close() {
    db.close();
  }

  private ReportBuilds builds(Executor executor) {
    return new ReportBuilds(reports, db.store(), executor, Clock.systemUTC());
  }

  @Test
  void buildsInterruptedByAStopAreFailedOnRestartUnlessTheirReportWasRecorded() throws Exception {
    Assessment a = ReportFixture.create(store, "restart", temp.resolve("reports").toString());
    store.uploads().uploadText(a.id(), "STARTER-ACC-02", "reviewed", null, "alice");
    List<Runnable> neverRun = new java.util.ArrayList<>();
    // The process "stops" before its executor runs either build.
    ReportBuild lost = builds(neverRun::add).start(a.id(), ReportRequest.whole(), "alice");
    ReportBuild recorded = builds(neverRun::add).start(a.id(), ReportRequest.whole(), "bob");
    assertEquals(2, neverRun.size());
    // The second one got as far as recording its report when the process stopped.
    reports.create(a.id(), ReportRequest.whole(), "bob", null, recorded.id());
    assertEquals(ReportBuild.Status.BUILDING, status(a, lost));

    ReportBuilds restarted = builds(Runnable::run);
    List<ReportBuild> failed = restarted.failInterrupted();
    assertEquals(List.of(lost.id()), failed.stream().map(ReportBuild::id).toList());
    ReportBuild after = restarted.find(a.id(), lost.id()).orElseThrow();
    assertEquals(ReportBuild.Status.FAILED, after.status());
    assertEquals(ReportBuilds.INTERRUPTED, after.error());
    assertEquals("report-build-interrupted", after.errorCode());
    assertTrue(!after.finishedAt().isBefore(after.requestedAt()));
    ReportBuild ready = restarted.find(a.id(), recorded.id()).orElseThrow();
    assertEquals(ReportBuild.Status.READY, ready.status());
    assertEquals(recorded.id(), ready.report().id());
    assertEquals(ReportBuild.Status.READY, status(a, recorded));
    // A second start finds nothing left to close.
    assertEquals(List.of(), restarted.failInterrupted());
  }

  @Test
  void aBuildRunsOnTheExecutorAndEndsReady() {
    Assessment a = ReportFixture.create(store, "direct", temp.resolve("direct").toString());
    store.uploads().uploadText(a.id(), "STARTER-ACC-02", "reviewed", null, "alice");
    ReportBuilds builds = builds(Runnable::run);
    ReportBuild started = builds.start(a.id(), ReportRequest.whole(), "alice");
    ReportBuild done = builds.find(a.id(), started.id()).orElseThrow();
    assertEquals(ReportBuild.Status.READY, done.status());
    assertEquals(1, done.report().evidenceItems());
    assertTrue(done.finishedAt().isAfter(Instant.EPOCH));
  }

  /** The status in the build's own row, without the report record's say. */
  private ReportBuild.Status status(Assessment a, ReportBuild b) {
    ReportBuildRepository rows = db.store().repository(ReportBuildRepository.class);
    return db.store().db().tx(c -> rows.find(a.id(), b.id())).orElseThrow().status();
  }
}
