package dev.assay.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.collect.AwsStub;
import dev.assay.collect.MotoServer;
import dev.assay.collect.StubResponse;
import dev.assay.testing.NotebookSnapshot;
import io.micronaut.scheduling.ScheduledExecutorTaskScheduler;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scheduled collection that AWS refuses entirely is stored as FAILED with its reason and gaps,
 * retried with backoff a bounded number of times, and never makes a control read COMPLIANT.
 */
class ScheduledRetryTest {

  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  @TempDir static Path temp;
  static TestDatabase db;
  static AwsStub stub;
  static final AtomicBoolean REFUSING = new AtomicBoolean();
  static ScheduledExecutorService executor;

  @BeforeAll
  static void open() throws Exception {
    System.setProperty("aws.accessKeyId", "testing");
    System.setProperty("aws.secretAccessKey", "testing");
    db = TestDatabase.open(TestDatabase.Kind.H2);
    // While REFUSING, every service call is AccessDenied; STS still names the caller, so the
    // collection runs and every call it makes fails.
    stub = new AwsStub(MOTO.url());
    stub.on(
        r -> REFUSING.get() && !r.service().equals("sts"),
        r -> StubResponse.error(r, 403, "AccessDeniedException", "refused by the test"));
    executor = Executors.newSingleThreadScheduledExecutor();
  }

  @AfterAll
  static void close() {
    executor.shutdownNow();
    stub.close();
    db.close();
  }

  private AssessmentStore store() {
    AssessmentSettings d = AssessmentSettings.defaults(temp);
    AssessmentSettings settings =
        new AssessmentSettings(
            d.blobDir(),
            d.snapshotDir(),
            false,
            true,
            d.scheduleCron(),
            100,
            d.maxUploadBytes(),
            100,
            stub.url().toString(),
            null);
    return new AssessmentStore(
        db.store(),
        TestEngine.get(),
        settings,
        new CollectingSnapshotSource(settings),
        new TestEngine.MutableClock(Instant.now()));
  }

  private static AssessmentScheduler scheduler(AssessmentStore store, int attempts) {
    return new AssessmentScheduler(
        store,
        new ScheduleRetrySettings(attempts, Duration.ofMillis(200), Duration.ofMillis(400)),
        new ScheduledExecutorTaskScheduler(executor));
  }

  private static Assessment create(AssessmentStore store, String name) {
    return store
        .assessments()
        .create(
            new NewAssessment(
                name,
                null,
                null,
                List.of("123456789012"),
                List.of("us-east-1"),
                List.of(),
                null,
                Map.of(),
                null),
            "t");
  }

  @Test
  void aCollectionThatKeepsFailingIsRetriedThenReportedAndNeverCompliant() throws Exception {
    AssessmentStore store = store();
    Assessment a = create(store, "always refused");
    REFUSING.set(true);
    try {
      scheduler(store, 3).collectAll();
      List<Run> runs = awaitRuns(store, a.id(), 3);
      // A fourth attempt would come 400 ms after the third: wait past it.
      Thread.sleep(1500);
      runs = store.summaries().runs(a.id());
      assertEquals(3, runs.size(), "three attempts, no more: " + runs);
      for (Run run : runs) {
        assertEquals("FAILED", run.status(), run.toString());
        assertEquals("SCHEDULE", run.trigger());
        assertTrue(run.error().startsWith("collection failed"), run.error());
        assertFalse(run.gaps().isEmpty(), "the failed calls are kept as gaps");
        assertTrue(run.gaps().get(0).contains("AccessDenied"), run.gaps().toString());
      }
      Summary summary = store.summaries().summary(a.id());
      assertEquals("FAILED", summary.lastRun().status());
      assertEquals(0, summary.compliance().get("COMPLIANT"), summary.compliance().toString());
      assertEquals(summary.controls(), summary.compliance().get("NOT_EVALUATED"));
      assertTrue(summary.warnings().get(0).contains("none succeeded"), summary.warnings().get(0));
    } finally {
      REFUSING.set(false);
    }
  }

  @Test
  void aFailedScheduledRunHidesEarlierComplianceUntilItsRetrySucceeds() throws Exception {
    AssessmentStore store = store();
    Assessment a = create(store, "refused once");
    Path snapshot = NotebookSnapshot.write(temp.resolve("notebooks"));
    Run first = store.runs().run(a.id(), snapshot, "MANUAL", "t");
    assertTrue(first.succeeded(), String.valueOf(first.error()));
    Map<String, Integer> before = store.summaries().summary(a.id()).compliance();
    int compliant = before.get("COMPLIANT");
    assertTrue(compliant > 0, "the notebook snapshot makes some control COMPLIANT");

    REFUSING.set(true);
    try {
      // A long backoff: the failed attempt is seen on its own before the retry.
      new AssessmentScheduler(
              store,
              new ScheduleRetrySettings(2, Duration.ofSeconds(2), Duration.ofSeconds(2)),
              new ScheduledExecutorTaskScheduler(executor))
          .collectAll();
      Summary failed = store.summaries().summary(a.id());
      assertEquals("FAILED", failed.lastRun().status());
      assertEquals(0, failed.compliance().get("COMPLIANT"), failed.compliance().toString());
      assertEquals(
          before.get("INCONCLUSIVE") + compliant,
          failed.compliance().get("INCONCLUSIVE"),
          "the COMPLIANT controls count as INCONCLUSIVE");
      assertEquals(1, failed.warnings().size(), failed.warnings().toString());
    } finally {
      REFUSING.set(false);
    }
    List<Run> runs = awaitRuns(store, a.id(), 3);
    assertEquals("SUCCEEDED", runs.get(0).status(), String.valueOf(runs.get(0).error()));
    assertEquals("SCHEDULE", runs.get(0).trigger());
    assertEquals("FAILED", runs.get(1).status());
    Summary recovered = store.summaries().summary(a.id());
    assertTrue(recovered.warnings().isEmpty(), recovered.warnings().toString());
    assertTrue(store.evidence().verify(a.id()).valid());
  }

  @Test
  void theWaitDoublesUpToItsCap() {
    ScheduleRetrySettings retry =
        new ScheduleRetrySettings(5, Duration.ofMinutes(5), Duration.ofMinutes(30));
    assertEquals(Duration.ofMinutes(5), retry.delayAfter(1));
    assertEquals(Duration.ofMinutes(10), retry.delayAfter(2));
    assertEquals(Duration.ofMinutes(20), retry.delayAfter(3));
    assertEquals(Duration.ofMinutes(30), retry.delayAfter(4));
    assertEquals(Duration.ofMinutes(30), retry.delayAfter(50));
  }

  /** Waits (up to 3 minutes: a collection against moto takes seconds) for finished runs. */
  private static List<Run> awaitRuns(AssessmentStore store, String id, int count)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      List<Run> runs = store.summaries().runs(id);
      if (runs.size() >= count && runs.stream().noneMatch(r -> r.status().equals("RUNNING"))) {
        return runs;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("fewer than " + count + " runs: " + store.summaries().runs(id));
  }
}
