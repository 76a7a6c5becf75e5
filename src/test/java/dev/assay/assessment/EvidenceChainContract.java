package dev.assay.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The evidence chain in the store, on each database: manual uploads (text and files) and their
 * quotas and limits, the tasks they close, and verification finding changed, removed, reordered and
 * re-pointed items.
 */
abstract class EvidenceChainContract extends AssessmentStoreFixture {

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

  private void assertBad(Assessment a, String id, long seq, String problem) {
    Verification v = store.evidence().verify(a.id());
    assertFalse(v.valid());
    assertEquals(id, v.firstBadItem());
    assertEquals(seq, v.firstBadSeq());
    assertTrue(v.problem().contains(problem), v.problem());
  }
}
