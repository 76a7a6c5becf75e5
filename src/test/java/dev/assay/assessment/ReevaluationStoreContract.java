package dev.assay.assessment;

import static dev.assay.assessment.ReevaluationEngines.NEW_ID;
import static dev.assay.assessment.ReevaluationEngines.OLD_ID;
import static dev.assay.assessment.ReevaluationEngines.RULE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.evaluation.AssayEngine;
import dev.assay.evaluation.ResultDiff;
import dev.assay.testing.NotebookSnapshot;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-evaluation jobs on the store, on each database (one subclass each): runs stored with the new
 * rules and their diff, cancel after the current assessment, resume without redoing, one failing
 * assessment, one job at a time, and renamed controls.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReevaluationStoreContract {

  static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

  @TempDir Path temp;

  TestDatabase db;
  AtomicReference<AssayEngine> engine;
  AssessmentStore store;
  Reevaluations jobs;
  Path snapshot;

  abstract TestDatabase.Kind kind();

  @BeforeAll
  void openDatabase() {
    db = TestDatabase.open(kind());
  }

  @AfterAll
  void closeDatabase() {
    if (db != null) {
      db.close();
    }
  }

  @BeforeEach
  void newStore() throws Exception {
    // Jobs left by an earlier test would block this one's: every test starts with none active.
    db.execute("UPDATE reevaluation_job SET state = 'CANCELLED', active_slot = NULL");
    db.execute("UPDATE assessment SET status = 'INACTIVE'");
    engine = new AtomicReference<>(TestEngine.get());
    store =
        new AssessmentStore(
            db.store(),
            engine::get,
            AssessmentSettings.defaults(temp),
            (a, run, input) -> input != null ? input : Path.of(a.snapshotInput()),
            new TestEngine.MutableClock(T0));
    jobs = store.reevaluations(1);
    snapshot = NotebookSnapshot.write(temp.resolve("snapshot"));
  }

  @AfterEach
  void closeJobs() {
    jobs.close();
  }

  String assessedOnce(String name) {
    String id =
        store
            .assessments()
            .create(
                new NewAssessment(
                    name,
                    null,
                    "genai-starter",
                    List.of("111111111111"),
                    List.of("us-east-1"),
                    List.of("owner@example.com"),
                    null,
                    Map.of(),
                    snapshot.toString()),
                "alice")
            .id();
    store.runs().run(id, null, "MANUAL", "alice");
    return id;
  }

  Run latest(String id) {
    return store.summaries().runs(id).get(0);
  }

  @Test
  void aJobStoresARunPerAssessmentWithTheNewRulesAndTheDryRunsDiff() {
    String a = assessedOnce("a");
    String b = assessedOnce("b");
    Run first = latest(a);
    ResultDiff preview =
        DryRun.of(store.storedEvidence().latest(List.of(a, b)), engine.get(), inverted());
    engine.set(inverted());

    ReevaluationJob job = jobs.run(jobs.create(List.of(), "carol").id(), Integer.MAX_VALUE);

    assertEquals(ReevaluationJob.SUCCEEDED, job.state());
    assertEquals(new ReevaluationJob.Progress(2, 2, 0, 0, 4, 0), job.progress());
    // STARTER-SEC-01 stays NON_COMPLIANT: one notebook fails before, the other after.
    assertEquals(inverted().ruleBase().version(), job.ruleBaseVersion());
    Run rerun = latest(a);
    assertEquals(Run.REEVALUATION, rerun.trigger());
    assertEquals(first.number() + 1, rerun.number());
    assertEquals(inverted().ruleBase().version(), rerun.ruleBaseVersion());
    assertNotEquals(first.ruleBaseVersion(), rerun.ruleBaseVersion());
    assertEquals(job.id(), rerun.reevaluationJobId());
    assertEquals(first.id(), rerun.evidenceRunId());
    assertEquals(0, rerun.evidenceAdded());
    assertEquals(first.evaluatedAt(), rerun.evaluatedAt());
    ReevaluationJob detail = jobs.get(job.id());
    assertEquals(findingChanges(preview), findingChanges(detail.result()));
    assertEquals(
        List.of(
            a + " " + RULE + " " + NotebookSnapshot.ARN_PREFIX + "nb-closed PASS->FAIL",
            a + " " + RULE + " " + NotebookSnapshot.ARN_PREFIX + "nb-open FAIL->PASS"),
        findingChanges(detail.result()).stream().filter(s -> s.startsWith(a)).toList());
    ReevaluationJob.Item itemA =
        detail.items().stream().filter(i -> i.assessmentId().equals(a)).findFirst().orElseThrow();
    assertEquals(first.id(), itemA.previousRunId());
    assertEquals(rerun.id(), itemA.runId());

    // Again with the same rules: nothing changes, and the evidence is still the collected run's.
    ReevaluationJob again = jobs.run(jobs.create(List.of(a), "carol").id(), Integer.MAX_VALUE);
    assertEquals(new ReevaluationJob.Progress(1, 1, 0, 0, 0, 0), again.progress());
    assertEquals(first.id(), latest(a).evidenceRunId());
    assertEquals(List.of(), jobs.get(again.id()).result().changes());
  }

  @Test
  void aCancelledJobStopsAfterTheCurrentAssessmentAndResumesWithoutRedoingIt() {
    List<String> ids = List.of(assessedOnce("c1"), assessedOnce("c2"), assessedOnce("c3"));
    ReevaluationJob job = jobs.create(ids, "carol");
    jobs.listen(
        new Reevaluations.Listener() {
          @Override
          public void assessmentFinished(ReevaluationJob.Item item) {
            if (item.assessmentId().equals(ids.get(0))) {
              jobs.cancel(job.id());
            }
          }
        });

    ReevaluationJob cancelled = jobs.run(job.id(), Integer.MAX_VALUE);
    assertEquals(ReevaluationJob.CANCELLED, cancelled.state());
    assertEquals(1, cancelled.progress().done());
    assertEquals(Run.REEVALUATION, latest(ids.get(0)).trigger());
    assertEquals("MANUAL", latest(ids.get(1)).trigger());

    jobs.resumeHere(job.id());
    ReevaluationJob resumed = jobs.run(job.id(), Integer.MAX_VALUE);
    assertEquals(ReevaluationJob.SUCCEEDED, resumed.state());
    assertEquals(3, resumed.progress().done());
    for (String id : ids) {
      assertEquals(1, reevaluationRuns(id), id);
    }
    AssessmentException again =
        assertThrows(AssessmentException.class, () -> jobs.resume(job.id()));
    assertEquals("reevaluation-finished", again.slug());
  }

  @Test
  void anInterruptedJobResumesAtStartupWithTheAssessmentsNotDone() throws Exception {
    List<String> ids = List.of(assessedOnce("r1"), assessedOnce("r2"));
    ReevaluationJob job = jobs.create(ids, "carol");
    // A process that stopped after one assessment: the job is left RUNNING.
    assertEquals(ReevaluationJob.RUNNING, jobs.run(job.id(), 1).state());
    jobs.close();

    try (Reevaluations restarted = store.reevaluations(2)) {
      assertEquals(List.of(job.id()), restarted.resumeInterrupted());
      ReevaluationJob done = await(restarted, job.id());
      assertEquals(ReevaluationJob.SUCCEEDED, done.state());
    }
    assertEquals(1, reevaluationRuns(ids.get(0)));
    assertEquals(1, reevaluationRuns(ids.get(1)));
  }

  @Test
  void oneFailingAssessmentDoesNotStopTheOthers() {
    String broken = assessedOnce("broken");
    String fine = assessedOnce("fine");
    db.execute("UPDATE assessment SET framework_id = 'retired' WHERE id = '" + broken + "'");

    ReevaluationJob job = jobs.run(jobs.create(List.of(), "carol").id(), Integer.MAX_VALUE);

    assertEquals(ReevaluationJob.FAILED, job.state());
    assertEquals(2, job.progress().done());
    assertEquals(1, job.progress().failed());
    assertEquals(1, job.errors().size());
    assertEquals(broken, job.errors().get(0).assessmentId());
    assertTrue(job.errors().get(0).message().contains("retired"), job.errors().toString());
    assertEquals(Run.REEVALUATION, latest(fine).trigger());
    assertEquals("MANUAL", latest(broken).trigger());
  }

  @Test
  void onlyOneJobIsActiveAtATimeAcrossRunners() {
    String id = assessedOnce("one");
    ReevaluationJob queued = jobs.create(List.of(id), "carol");
    try (Reevaluations otherProcess = store.reevaluations(1)) {
      AssessmentException busy =
          assertThrows(AssessmentException.class, () -> otherProcess.create(List.of(), "dave"));
      assertEquals("reevaluation-running", busy.slug());
      assertTrue(busy.getMessage().contains(queued.id()), busy.getMessage());
    }
    assertEquals(ReevaluationJob.CANCELLED, jobs.cancel(queued.id()).state());
    assertEquals(
        "reevaluation-finished",
        assertThrows(AssessmentException.class, () -> jobs.cancel(queued.id())).slug());
    assertEquals(ReevaluationJob.QUEUED, jobs.create(List.of(id), "carol").state());
  }

  @Test
  void namedAssessmentsMustExistAndBeActive() {
    assertEquals(
        "unknown-assessment",
        assertThrows(AssessmentException.class, () -> jobs.create(List.of("nope"), "c")).slug());
    String id = assessedOnce("inactive");
    store.assessments().setStatus(id, AssessmentStatus.INACTIVE, "alice");
    assertEquals(
        "assessment-inactive",
        assertThrows(AssessmentException.class, () -> jobs.create(List.of(id), "c")).slug());
    assertEquals(
        "unknown-reevaluation",
        assertThrows(AssessmentException.class, () -> jobs.get("nope")).slug());
  }

  @Test
  void aRenamedControlIsComparedWithItselfAndItsHistoryFollowsTheRename() {
    String id = assessedOnce("renamed");
    String before = latest(id).id();
    engine.set(ReevaluationEngines.renamed());

    ReevaluationJob job = jobs.run(jobs.create(List.of(id), "carol").id(), Integer.MAX_VALUE);

    assertEquals(ReevaluationJob.SUCCEEDED, job.state());
    assertEquals(List.of(), jobs.get(job.id()).result().changes());
    ControlHistory.History history = store.controlHistory().of(id, NEW_ID);
    assertEquals(List.of(OLD_ID), history.formerIds());
    assertEquals(2, history.runs().size());
    ControlHistory.Entry old = history.runs().get(0);
    ControlHistory.Entry now = history.runs().get(1);
    assertEquals(before, old.runId());
    assertEquals(OLD_ID, old.recordedAs());
    assertEquals(NEW_ID, now.recordedAs());
    assertEquals("NON_COMPLIANT", old.status());
    assertEquals(old.status(), now.status());
    // Asked by its old ID, the control has the same history; the old run still reads as stored.
    assertEquals(history, store.controlHistory().of(id, OLD_ID));
    assertTrue(
        store.summaries().run(id, before).controls().stream()
            .anyMatch(c -> c.controlId().equals(OLD_ID)));
    assertNull(
        store.summaries().run(id, now.runId()).controls().stream()
            .filter(c -> c.controlId().equals(OLD_ID))
            .findFirst()
            .orElse(null));
  }

  @Test
  void unchangedRulesChangeNothingOnAWholeEstate() {
    String id =
        store
            .assessments()
            .create(
                new NewAssessment(
                    "estate",
                    null,
                    "genai-best-practices-v2",
                    List.of("111111111111", "222222222222"),
                    List.of("us-east-1", "eu-west-1"),
                    List.of("owner@example.com"),
                    null,
                    Map.of(),
                    TestEngine.SNAPSHOT.toString()),
                "alice")
            .id();
    store.runs().run(id, null, "MANUAL", "alice");

    ReevaluationJob job = jobs.run(jobs.create(List.of(id), "carol").id(), Integer.MAX_VALUE);

    assertEquals(new ReevaluationJob.Progress(1, 1, 0, 0, 0, 0), job.progress());
    assertTrue(latest(id).notes().stream().noneMatch(n -> n.contains("stored evidence alone")));
  }

  @Test
  void withoutItsSnapshotDirectoryARunIsReevaluatedOnItsStoredEvidenceAndSaysSo() throws Exception {
    String id = assessedOnce("gone");
    try (var files = java.nio.file.Files.walk(snapshot)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        java.nio.file.Files.delete(p);
      }
    }
    ReevaluationJob job = jobs.run(jobs.create(List.of(id), "carol").id(), Integer.MAX_VALUE);

    assertEquals(ReevaluationJob.SUCCEEDED, job.state());
    Run rerun = latest(id);
    assertTrue(
        rerun.notes().stream()
            .anyMatch(n -> n.contains("is gone") && n.contains("stored evidence")),
        rerun.notes().toString());
    // Fail closed: nothing the evidence no longer shows becomes compliant.
    assertTrue(
        jobs.get(job.id()).result().changes().stream()
            .noneMatch(c -> "PASS".equals(c.to()) || "COMPLIANT".equals(c.to())),
        jobs.get(job.id()).result().toString());
  }

  private static AssayEngine inverted() {
    return ReevaluationEngines.inverted();
  }

  private long reevaluationRuns(String id) {
    return store.summaries().runs(id).stream()
        .filter(r -> r.trigger().equals(Run.REEVALUATION))
        .count();
  }

  private static List<String> findingChanges(ResultDiff diff) {
    return diff.changes().stream()
        .filter(c -> c.ruleId() != null)
        .map(
            c ->
                c.assessmentId()
                    + " "
                    + c.ruleId()
                    + " "
                    + c.resourceArn()
                    + " "
                    + c.from()
                    + "->"
                    + c.to())
        .sorted()
        .toList();
  }

  static ReevaluationJob await(Reevaluations jobs, String id) throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    ReevaluationJob job = jobs.get(id);
    while (job.active() && System.nanoTime() < deadline) {
      Thread.sleep(50);
      job = jobs.get(id);
    }
    return job;
  }
}
