package dev.assay.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.assessment.evidence.EvidenceItem;
import dev.assay.assessment.evidence.EvidenceType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs in the store, on each database: what a run stores, a failed run writing nothing else, the
 * assessment's row lock that orders writers, and everything read back through a new connection
 * pool.
 */
abstract class AssessmentRunContract extends AssessmentStoreFixture {

  @Test
  void aRunStoresFindingsTasksEvidenceAndASummary() {
    Assessment a = create("run");
    Run run = store.runs().run(a.id(), null, "MANUAL", "alice");
    assertTrue(run.succeeded());
    assertEquals(1, run.number());
    assertTrue(run.evidenceAdded() > 0);
    assertTrue(run.calls() > 0);
    assertEquals(a.ruleBaseVersion(), run.ruleBaseVersion());
    assertEquals(a.frameworkHash(), run.frameworkHash());
    Summaries.RunDetail detail = store.summaries().run(a.id(), run.id());
    assertFalse(detail.findings().isEmpty());
    assertFalse(detail.controls().isEmpty());
    Summary summary = store.summaries().summary(a.id());
    assertEquals(run.id(), summary.lastRun().id());
    assertFalse(summary.nonCompliantResources().isEmpty());
    assertTrue(summary.openTasks() > 0);
    assertEquals(0, summary.compliance().get("NOT_EVALUATED"));
    assertTrue(summary.domains().stream().anyMatch(d -> d.domain().equals("secure")));
    assertTrue(store.evidence().verify(a.id()).valid());
    List<EvidenceItem> items = store.evidence().list(a.id(), "STARTER-SEC-01", null, 0, 1000);
    assertFalse(items.isEmpty());
    assertTrue(items.stream().allMatch(i -> i.type() == EvidenceType.CONFIGURATION_DATA));
    assertTrue(items.stream().anyMatch(i -> i.source().startsWith("sagemaker.")));
    assertTrue(items.stream().anyMatch(i -> i.compliance().name().equals("NON_COMPLIANT")));
    assertNotNull(store.evidence().get(a.id(), items.get(0).id()).body());
  }

  /**
   * The assessment's row lock (SELECT ... FOR UPDATE) makes a second writer wait for the first to
   * commit. Whatever the timing, with the lock the order is always the first's commit, then the
   * second's lock; without it the second would take it during the pause.
   */
  @Test
  void aLockedAssessmentMakesTheNextWriterWaitForTheCommit() throws Exception {
    Assessment a = create("locked");
    AssessmentRepository rows = db.store().repository(AssessmentRepository.class);
    java.util.concurrent.CountDownLatch locked = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    List<String> order = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    Thread first =
        new Thread(
            () ->
                db.store()
                    .db()
                    .tx(
                        c -> {
                          rows.lock(a.id());
                          locked.countDown();
                          awaitUninterruptibly(release);
                          order.add("first commits");
                          return null;
                        }));
    first.start();
    assertTrue(locked.await(60, java.util.concurrent.TimeUnit.SECONDS));
    Thread second =
        new Thread(
            () ->
                db.store()
                    .db()
                    .tx(
                        c -> {
                          rows.lock(a.id());
                          order.add("second locks");
                          return null;
                        }));
    second.start();
    Thread.sleep(300);
    release.countDown();
    first.join();
    second.join();
    assertEquals(List.of("first commits", "second locks"), order);
  }

  private static void awaitUninterruptibly(java.util.concurrent.CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aFailedRunIsRecordedAndWritesNothingElse() {
    Assessment a = create("failing");
    store.runs().run(a.id(), null, "MANUAL", "alice");
    Assessment before = store.assessments().get(a.id());
    assertThrows(
        RuntimeException.class,
        () -> store.runs().run(a.id(), temp.resolve("missing"), "MANUAL", "alice"));
    Assessment after = store.assessments().get(a.id());
    assertEquals(before.evidenceCount(), after.evidenceCount());
    assertEquals(before.evidenceHead(), after.evidenceHead());
    List<Run> runs = store.summaries().runs(a.id());
    assertEquals("FAILED", runs.get(0).status());
    assertTrue(runs.get(0).error().contains("not found"), runs.get(0).error());
    Summary summary = store.summaries().summary(a.id());
    assertEquals("FAILED", summary.lastRun().status());
    assertEquals("SUCCEEDED", summary.lastSuccessfulRun().status());
  }

  @Test
  void everythingSurvivesANewConnectionPool() {
    Assessment a = create("restart");
    store.runs().run(a.id(), null, "MANUAL", "alice");
    store.uploads().uploadText(a.id(), PRIVACY_MANUAL, "answer", null, "dpo");
    try (var database = dev.assay.assessment.store.StoreDatabase.open(db.url(), 2)) {
      AssessmentStore reopened =
          new AssessmentStore(
              database,
              TestEngine.get(),
              AssessmentSettings.defaults(temp),
              (x, r, i) -> TestEngine.SNAPSHOT,
              clock);
      assertEquals(store.assessments().get(a.id()), reopened.assessments().get(a.id()));
      assertTrue(reopened.evidence().verify(a.id()).valid());
      assertEquals(1, reopened.summaries().runs(a.id()).size());
    }
  }
}
