package dev.assay.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An assessment's life in the store, on each database: creation and its checks, the review status
 * of the assessment, its control sets and controls, comments, the change log and the quota of
 * active assessments.
 */
abstract class AssessmentLifecycleContract extends AssessmentStoreFixture {

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
}
