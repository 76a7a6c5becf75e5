package dev.assay.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.assessment.evidence.EvidenceItem;
import dev.assay.assessment.evidence.EvidenceType;
import dev.assay.assessment.evidence.Verification;
import dev.assay.evaluation.Task;
import dev.assay.evaluation.TaskStatus;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The assessment store's behaviour, run on each database it supports (one subclass each): the same
 * assertions on H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AssessmentStoreContract {

  static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
  static final String PRIVACY_MANUAL = "STARTER-PRI-02";

  @TempDir Path temp;

  TestDatabase db;
  TestEngine.MutableClock clock;
  AssessmentStore store;

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
  void newStore() {
    clock = new TestEngine.MutableClock(T0);
    store = store(AssessmentSettings.defaults(temp));
  }

  AssessmentStore store(AssessmentSettings settings) {
    return new AssessmentStore(
        db.store(),
        TestEngine.get(),
        settings,
        (a, run, input) -> input != null ? input : Path.of(a.snapshotInput()),
        clock);
  }

  Assessment create(String name) {
    return store
        .assessments()
        .create(
            new NewAssessment(
                name,
                "desc",
                null,
                List.of("111111111111", "222222222222"),
                List.of("us-east-1", "eu-west-1"),
                List.of("owner@example.com"),
                "s3://reports-bucket/assay",
                Map.of("team", "ml"),
                TestEngine.SNAPSHOT.toString()),
            "alice");
  }

  @Test
  void createPinsTheFrameworkAndCopiesItsControls() {
    Assessment a = create("pinned");
    assertEquals(AssessmentStatus.ACTIVE, a.status());
    assertEquals("genai-starter", a.frameworkId());
    assertEquals(TestEngine.get().framework("genai-starter").resolvedHash(), a.frameworkHash());
    assertEquals(TestEngine.get().ruleBase().version(), a.ruleBaseVersion());
    Assessment read = store.assessments().get(a.id());
    assertEquals(a, read);
    List<AssessmentControl> controls = store.assessments().controls(a.id());
    assertEquals(TestEngine.get().framework("genai-starter").controls().count(), controls.size());
    assertTrue(controls.stream().allMatch(c -> c.status() == ControlStatus.UNDER_REVIEW));
    assertEquals("CREATE", store.assessments().changeLog(a.id(), null).get(0).action());
    assertEquals("alice", store.assessments().changeLog(a.id(), null).get(0).createdBy());
  }

  @Test
  void invalidInputIsRefusedWithEveryProblem() {
    AssessmentException e =
        assertThrows(
            AssessmentException.class,
            () ->
                store
                    .assessments()
                    .create(
                        new NewAssessment(
                            "",
                            null,
                            null,
                            List.of("12"),
                            List.of("mars-1"),
                            List.of(),
                            "s3://X",
                            Map.of(),
                            null),
                        "bob"));
    assertEquals(AssessmentException.Kind.INVALID, e.kind());
    assertTrue(e.getMessage().contains("name must have"), e.getMessage());
    assertTrue(e.getMessage().contains("account ID must be 12 digits: 12"), e.getMessage());
    assertTrue(e.getMessage().contains("not a region name: mars-1"), e.getMessage());
    AssessmentException unknown =
        assertThrows(
            AssessmentException.class,
            () ->
                store
                    .assessments()
                    .create(
                        new NewAssessment(
                            "x",
                            null,
                            "nope",
                            List.of("111111111111"),
                            List.of("us-east-1"),
                            null,
                            null,
                            null,
                            null),
                        "bob"));
    assertEquals("unknown-framework", unknown.slug());
    assertThrows(AssessmentException.class, () -> store.assessments().get("no-such-id"));
  }

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

  @Test
  void manualEvidenceClosesATaskAndItReopensWhenStale() {
    Assessment a = create("tasks");
    store.runs().run(a.id(), null, "MANUAL", "alice");
    assertEquals(TaskStatus.OPEN, task(a, PRIVACY_MANUAL).status());
    EvidenceItem text =
        store
            .uploads()
            .uploadText(
                a.id(),
                PRIVACY_MANUAL,
                "Procedure DP-7 covers notification after accidental disclosure.",
                null,
                "dpo");
    assertEquals(EvidenceType.MANUAL_TEXT, text.type());
    clock.set(T0.plus(Duration.ofHours(1)));
    store.runs().run(a.id(), null, "MANUAL", "alice");
    assertEquals(TaskStatus.SATISFIED, task(a, PRIVACY_MANUAL).status());
    clock.set(T0.plus(Duration.ofDays(400)));
    store.runs().run(a.id(), null, "SCHEDULE", "scheduler");
    assertEquals(TaskStatus.STALE, task(a, PRIVACY_MANUAL).status());
    assertTrue(store.summaries().summary(a.id()).overdueTasks() > 0);
    assertTrue(store.evidence().verify(a.id()).valid());
  }

  private Task task(Assessment a, String controlId) {
    return store.summaries().tasks(a.id()).stream()
        .filter(t -> t.controlId().equals(controlId))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void fileEvidenceIsStreamedHashedAndChained() throws Exception {
    Assessment a = create("files");
    byte[] pdf = "%PDF-1.7 procedure".getBytes(StandardCharsets.UTF_8);
    EvidenceItem file =
        store
            .uploads()
            .uploadFile(
                a.id(),
                PRIVACY_MANUAL,
                "dp-procedure.pdf",
                null,
                new ByteArrayInputStream(pdf),
                "dpo");
    assertEquals(pdf.length, file.sizeBytes());
    assertNull(file.prevHash());
    assertTrue(Files.isRegularFile(store.evidence().file(file)));
    EvidenceItem second =
        store.uploads().uploadText(a.id(), PRIVACY_MANUAL, "see file", null, "dpo");
    assertEquals(file.itemHash(), second.prevHash());
    assertEquals(2, store.assessments().get(a.id()).evidenceCount());
    assertTrue(store.evidence().verify(a.id()).valid());
    Files.writeString(store.evidence().file(file), "%PDF-1.7 forged");
    Verification v = store.evidence().verify(a.id());
    assertFalse(v.valid());
    assertEquals(file.id(), v.firstBadItem());
    assertTrue(v.problem().contains("content was changed"), v.problem());
  }

  @Test
  void verifyFindsChangedRemovedAndReorderedItems() {
    Assessment a = create("chain");
    store.runs().run(a.id(), null, "MANUAL", "alice");
    long count = store.assessments().get(a.id()).evidenceCount();
    assertTrue(count >= 6, "evidence items: " + count);
    EvidenceItem third = store.evidence().list(a.id(), null, null, 2, 1).get(0);
    String where = " WHERE assessment_id = '" + a.id() + "'";

    db.execute(
        "UPDATE evidence SET compliance = 'COMPLIANT', region = 'us-west-2'"
            + where
            + " AND seq = 3");
    assertBad(a, third.id(), 3, "record was changed");
    db.execute(
        "UPDATE evidence SET compliance = '"
            + third.compliance()
            + "', region = '"
            + third.region()
            + "'"
            + where
            + " AND seq = 3");
    assertTrue(store.evidence().verify(a.id()).valid());

    db.execute("UPDATE evidence SET seq = -4" + where + " AND seq = 4");
    db.execute("UPDATE evidence SET seq = 4" + where + " AND seq = 5");
    db.execute("UPDATE evidence SET seq = 5" + where + " AND seq = -4");
    Verification reordered = store.evidence().verify(a.id());
    assertFalse(reordered.valid());
    assertEquals(4, reordered.firstBadSeq());
    assertTrue(reordered.problem().contains("does not follow"), reordered.problem());

    db.execute("DELETE FROM evidence" + where + " AND seq = 4");
    Verification removed = store.evidence().verify(a.id());
    assertEquals("#4", removed.firstBadItem());
    assertTrue(removed.problem().contains("missing"), removed.problem());

    db.execute("DELETE FROM evidence" + where + " AND seq >= 4");
    Verification truncated = store.evidence().verify(a.id());
    assertFalse(truncated.valid());
    assertTrue(truncated.problem().contains("removed from its end"), truncated.problem());
  }

  @Test
  void changedResponseContentIsFound() {
    Assessment a = create("content");
    store.runs().run(a.id(), null, "MANUAL", "alice");
    EvidenceItem first = store.evidence().list(a.id(), null, null, 0, 1).get(0);
    // The content row is shared by every item with that content; tamper with a copy's target.
    db.execute(
        "UPDATE evidence_content SET body = '{}' WHERE sha256 = '" + first.contentSha256() + "'");
    Verification v = store.evidence().verify(a.id());
    assertFalse(v.valid());
    assertEquals(first.id(), v.firstBadItem());
  }

  @Test
  void inactiveIsFinalAndReadOnly() {
    Assessment a = create("done");
    store
        .assessments()
        .setControlStatus(a.id(), "STARTER-SEC-01", ControlStatus.INACTIVE, "not used", "alice");
    Assessment done = store.assessments().setStatus(a.id(), AssessmentStatus.INACTIVE, "alice");
    assertEquals(AssessmentStatus.INACTIVE, done.status());
    List<AssessmentControl> controls = store.assessments().controls(a.id());
    assertTrue(
        controls.stream()
            .filter(c -> !c.controlId().equals("STARTER-SEC-01"))
            .allMatch(c -> c.status() == ControlStatus.REVIEWED));
    assertConflict(
        "assessment-inactive",
        () -> store.assessments().setStatus(a.id(), AssessmentStatus.ACTIVE, "alice"));
    assertConflict(
        "assessment-inactive",
        () -> store.uploads().uploadText(a.id(), PRIVACY_MANUAL, "late", null, "dpo"));
    assertConflict(
        "assessment-inactive",
        () -> store.assessments().comment(a.id(), PRIVACY_MANUAL, "late", "dpo"));
    assertConflict("assessment-inactive", () -> store.runs().run(a.id(), null, "MANUAL", "x"));
    assertTrue(store.evidence().verify(a.id()).valid());
    assertNotNull(store.summaries().summary(a.id()));
  }

  @Test
  void controlSetStatusNeedsACommentAndEndsReviewed() {
    Assessment a = create("sets");
    AssessmentException noComment =
        assertThrows(
            AssessmentException.class,
            () ->
                store
                    .assessments()
                    .setControlSetStatus(
                        a.id(), "secure", ControlSetStatus.UNDER_REVIEW, "", "al"));
    assertEquals(AssessmentException.Kind.INVALID, noComment.kind());
    AssessmentControlSet set =
        store
            .assessments()
            .setControlSetStatus(
                a.id(), "secure", ControlSetStatus.UNDER_REVIEW, "delegated", "al");
    assertEquals(ControlSetStatus.UNDER_REVIEW, set.status());
    assertEquals("CONTROL_SET", store.assessments().changeLog(a.id(), null).get(1).objectType());
    store.assessments().setStatus(a.id(), AssessmentStatus.INACTIVE, "al");
    assertTrue(
        store.assessments().controlSets(a.id()).stream()
            .allMatch(s -> s.status() == ControlSetStatus.REVIEWED));
  }

  @Test
  void nullableFieldsRoundTripAndChangeLogDetailIsCutToItsColumn() {
    Assessment a =
        store
            .assessments()
            .create(
                new NewAssessment(
                    "minimal",
                    null,
                    null,
                    List.of("111111111111"),
                    List.of("us-east-1"),
                    List.of(),
                    null,
                    Map.of(),
                    null),
                "bob");
    Assessment read = store.assessments().get(a.id());
    assertNull(read.description());
    assertNull(read.reportDestination());
    assertNull(read.snapshotInput());
    assertNull(read.evidenceHead());
    assertEquals(List.of(), read.owners());
    assertEquals(Map.of(), read.tags());
    ChangeLog log = db.store().repository(ChangeLog.class);
    db.store()
        .db()
        .tx(
            c -> {
              log.record(a.id(), ChangeLog.ASSESSMENT, a.id(), "NOTE", "x".repeat(2500), T0, "b");
              return null;
            });
    List<ChangeLogEntry> entries = store.assessments().changeLog(a.id(), null);
    assertEquals("NOTE", entries.get(entries.size() - 1).action());
    assertEquals("x".repeat(2000), entries.get(entries.size() - 1).detail());
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
  void controlReviewStatusCommentsAndChangeLog() {
    Assessment a = create("review");
    store
        .assessments()
        .setControlStatus(
            a.id(),
            PRIVACY_MANUAL,
            ControlStatus.INACTIVE,
            "paused while the DPO changes",
            "alice");
    assertConflict(
        "control-inactive",
        () -> store.uploads().uploadText(a.id(), PRIVACY_MANUAL, "x", null, "dpo"));
    store
        .assessments()
        .setControlStatus(a.id(), PRIVACY_MANUAL, ControlStatus.REVIEWED, null, "alice");
    store
        .uploads()
        .uploadText(a.id(), PRIVACY_MANUAL, "reviewed controls still take evidence", null, "dpo");
    assertConflict(
        "control-reviewed",
        () ->
            store
                .assessments()
                .setControlStatus(
                    a.id(), PRIVACY_MANUAL, ControlStatus.UNDER_REVIEW, null, "alice"));
    store.assessments().comment(a.id(), PRIVACY_MANUAL, "looks fine", "bob");
    AssessmentException tooLong =
        assertThrows(
            AssessmentException.class,
            () -> store.assessments().comment(a.id(), PRIVACY_MANUAL, "x".repeat(501), "bob"));
    assertEquals(AssessmentException.Kind.INVALID, tooLong.kind());
    Assessments.ControlDetail detail = store.assessments().control(a.id(), PRIVACY_MANUAL);
    assertEquals(ControlStatus.REVIEWED, detail.control().status());
    assertEquals(
        List.of("paused while the DPO changes", "looks fine"),
        detail.comments().stream().map(Comment::body).toList());
    assertEquals(
        List.of("INACTIVE", "COMMENT", "REVIEWED", "IMPORT_EVIDENCE", "COMMENT"),
        detail.changeLog().stream().map(ChangeLogEntry::action).toList());
    assertEquals("bob", detail.changeLog().get(4).createdBy());
    AssessmentException unknown =
        assertThrows(
            AssessmentException.class,
            () -> store.assessments().comment(a.id(), "NOPE-1", "x", "bob"));
    assertEquals(AssessmentException.Kind.NOT_FOUND, unknown.kind());
  }

  @Test
  void uploadQuotasAndSizeLimitsLeaveTheChainAlone() {
    Assessment a = create("quota");
    AssessmentStore strict = store(AssessmentSettings.defaults(temp).withQuotas(100, 10, 2));
    strict.uploads().uploadText(a.id(), PRIVACY_MANUAL, "one", null, "dpo");
    strict.uploads().uploadText(a.id(), PRIVACY_MANUAL, "two", null, "dpo");
    AssessmentException quota =
        assertThrows(
            AssessmentException.class,
            () -> strict.uploads().uploadText(a.id(), PRIVACY_MANUAL, "three", null, "dpo"));
    assertEquals(AssessmentException.Kind.QUOTA, quota.kind());
    clock.set(T0.plus(Duration.ofDays(1)));
    strict.uploads().uploadText(a.id(), PRIVACY_MANUAL, "next day", null, "dpo");
    AssessmentException large =
        assertThrows(
            AssessmentException.class,
            () ->
                strict
                    .uploads()
                    .uploadFile(
                        a.id(),
                        "STARTER-SEC-01",
                        "big.bin",
                        null,
                        new ByteArrayInputStream(new byte[11]),
                        "dpo"));
    assertEquals(AssessmentException.Kind.TOO_LARGE, large.kind());
    AssessmentException text =
        assertThrows(
            AssessmentException.class,
            () ->
                strict.uploads().uploadText(a.id(), "STARTER-SEC-01", "x".repeat(1001), null, "d"));
    assertTrue(text.getMessage().contains("1000"), text.getMessage());
    assertEquals(3, store.assessments().get(a.id()).evidenceCount());
    assertTrue(store.evidence().verify(a.id()).valid());
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
  void activeAssessmentQuota() {
    AssessmentStore one = store(AssessmentSettings.defaults(temp).withQuotas(0, 10, 2));
    AssessmentException e =
        assertThrows(
            AssessmentException.class,
            () ->
                one.assessments()
                    .create(
                        new NewAssessment(
                            "q",
                            null,
                            null,
                            List.of("111111111111"),
                            List.of("us-east-1"),
                            null,
                            null,
                            null,
                            null),
                        "a"));
    assertEquals(AssessmentException.Kind.QUOTA, e.kind());
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

  static void assertConflict(String slug, org.junit.jupiter.api.function.Executable call) {
    AssessmentException e = assertThrows(AssessmentException.class, call);
    assertEquals(AssessmentException.Kind.CONFLICT, e.kind(), e.getMessage());
    assertEquals(slug, e.slug(), e.getMessage());
  }

  private void assertBad(Assessment a, String id, long seq, String problem) {
    Verification v = store.evidence().verify(a.id());
    assertFalse(v.valid());
    assertEquals(id, v.firstBadItem());
    assertEquals(seq, v.firstBadSeq());
    assertTrue(v.problem().contains(problem), v.problem());
  }
}
