package dev.assay.assessment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.assessment.evidence.EvidenceHasher;
import dev.assay.assessment.evidence.EvidenceItem;
import dev.assay.assessment.evidence.EvidenceType;
import dev.assay.assessment.evidence.Verification;
import dev.assay.collect.MotoServer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Where evidence files live and how long: the S3 blob store and s3:// imports against a real
 * moto_server, and the retention purge, which deletes content but keeps every chain verifiable. Run
 * on each database (one subclass each).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EvidenceStorageContract {

  static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
  static final String MANUAL = "STARTER-PRI-02";
  static final byte[] PDF = "%PDF-1.7 data protection procedure".getBytes(StandardCharsets.UTF_8);

  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  @TempDir Path temp;

  TestDatabase db;
  TestEngine.MutableClock clock;
  S3Client s3;
  String bucket;

  abstract TestDatabase.Kind kind();

  @BeforeAll
  void open() {
    System.setProperty("aws.accessKeyId", "testing");
    System.setProperty("aws.secretAccessKey", "testing");
    db = TestDatabase.open(kind());
  }

  @AfterAll
  void close() {
    if (db != null) {
      db.close();
    }
  }

  @BeforeEach
  void bucket() {
    clock = new TestEngine.MutableClock(T0);
    s3 = dev.assay.assessment.evidence.BlobStores.s3("us-east-1", MOTO.url().toString());
    bucket = "assay-" + kind().name().toLowerCase() + "-" + System.nanoTime();
    s3.createBucket(b -> b.bucket(bucket));
  }

  AssessmentStore store(EvidenceStorageSettings storage) {
    return new AssessmentStore(
        db.store(),
        TestEngine::get,
        AssessmentSettings.defaults(temp),
        storage,
        (a, run, input) -> input != null ? input : Path.of(a.snapshotInput()),
        clock);
  }

  EvidenceStorageSettings local() {
    return EvidenceStorageSettings.DEFAULTS.withEndpoint(MOTO.url().toString());
  }

  EvidenceStorageSettings inS3() {
    return EvidenceStorageSettings.DEFAULTS.withS3(bucket, MOTO.url().toString());
  }

  static Assessment create(AssessmentStore store, String name) {
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
                null,
                Map.of(),
                TestEngine.SNAPSHOT.toString()),
            "alice");
  }

  @Test
  void theS3BlobStoreKeepsFilesInTheBucketAndTheChainSeesTampering() throws Exception {
    AssessmentStore store = store(inS3());
    Assessment a = create(store, "s3 store");
    EvidenceItem file =
        store
            .uploads()
            .uploadFile(
                a.id(),
                MANUAL,
                "dp.pdf",
                "application/pdf",
                null,
                new ByteArrayInputStream(PDF),
                "dpo");
    String key = "evidence/" + file.contentSha256().substring(0, 2) + "/" + file.contentSha256();
    assertArrayEquals(PDF, s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray());
    assertFalse(Files.exists(temp.resolve("blobs")), "nothing on the local disk");
    try (InputStream in = store.evidence().download(a.id(), file.id()).content()) {
      assertArrayEquals(PDF, in.readAllBytes());
    }
    assertTrue(store.evidence().verify(a.id()).valid());

    s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString("%PDF-1.7 forged"));
    Verification v = store.evidence().verify(a.id());
    assertFalse(v.valid());
    assertEquals(file.id(), v.firstBadItem());
    assertTrue(v.problem().contains("content was changed"), v.problem());
  }

  @Test
  void anS3ObjectIsImportedHashedAndChained() {
    s3.putObject(b -> b.bucket(bucket).key("reviews/2026/rca.pdf"), RequestBody.fromBytes(PDF));
    AssessmentStore store = store(local());
    Assessment a = create(store, "s3 import");
    long before = store.assessments().get(a.id()).evidenceCount();

    EvidenceItem item =
        store
            .uploads()
            .importS3(a.id(), MANUAL, "s3://" + bucket + "/reviews/2026/rca.pdf", null, "dpo");

    assertEquals(EvidenceType.MANUAL_FILE, item.type());
    assertEquals("rca.pdf", item.fileName());
    assertEquals("s3://" + bucket + "/reviews/2026/rca.pdf", item.source());
    assertEquals(EvidenceHasher.sha256(PDF), item.contentSha256());
    assertEquals(before + 1, item.seq());
    assertTrue(store.evidence().verify(a.id()).valid());
  }

  @Test
  void aBadOrMissingS3ObjectIsAClearErrorAndAddsNothing() {
    AssessmentStore store = store(local());
    Assessment a = create(store, "s3 missing");
    long before = store.assessments().get(a.id()).evidenceCount();

    AssessmentException missing =
        assertThrows(
            AssessmentException.class,
            () ->
                store
                    .uploads()
                    .importS3(a.id(), MANUAL, "s3://" + bucket + "/no/such.pdf", null, "dpo"));
    assertTrue(missing.getMessage().startsWith("cannot import s3://"), missing.getMessage());
    assertTrue(missing.getMessage().contains("404"), missing.getMessage());
    AssessmentException bad =
        assertThrows(
            AssessmentException.class,
            () -> store.uploads().importS3(a.id(), MANUAL, "https://example.com/x", null, "dpo"));
    assertTrue(bad.getMessage().contains("s3://bucket/key"), bad.getMessage());
    assertEquals(before, store.assessments().get(a.id()).evidenceCount());
  }

  @Test
  void retentionPurgesOldContentOfInactiveAssessmentsAndTheChainStillVerifies() throws Exception {
    AssessmentStore store = store(local().withRetention(Period.ofYears(7)));
    Assessment old = create(store, "finished long ago");
    Assessment active = create(store, "still active");
    store.runs().run(old.id(), null, "MANUAL", "alice");
    store.runs().run(active.id(), null, "MANUAL", "alice");
    // Bytes of this assessment alone: content another assessment shares is kept (checked below).
    byte[] own = ("%PDF-1.7 review " + old.id()).getBytes(StandardCharsets.UTF_8);
    EvidenceItem file =
        store
            .uploads()
            .uploadFile(old.id(), MANUAL, "dp.pdf", null, new ByteArrayInputStream(own), "dpo");
    EvidenceItem text =
        store.uploads().uploadText(old.id(), MANUAL, "reviewed " + old.id(), null, "dpo");
    store.uploads().uploadText(old.id(), MANUAL, "shared " + old.id(), null, "dpo");
    EvidenceItem shared =
        store.uploads().uploadText(active.id(), MANUAL, "shared " + old.id(), null, "dpo");
    store.assessments().setStatus(old.id(), AssessmentStatus.INACTIVE, "alice");
    Path blob = store.evidence().file(file);
    assertTrue(Files.isRegularFile(blob));

    clock.set(T0.plus(Duration.ofDays(365)));
    assertEquals(0, store.retention().purge().contents(), "within the retention: nothing goes");

    clock.set(T0.plus(Duration.ofDays(8 * 365)));
    Retention.Purge purge = store.retention().purge();

    assertEquals(1, purge.assessments());
    assertTrue(purge.contents() >= 3, purge.toString());
    assertFalse(Files.exists(blob), "the file is gone " + purge);
    assertNull(store.evidence().get(old.id(), text.id()).body(), "the text is gone");
    assertEquals(
        "shared " + old.id(),
        store.evidence().get(active.id(), shared.id()).body(),
        "the same text in the active assessment is kept");
    assertEquals(2, purge.deleted(), "the file and the text, no shared content: " + purge);
    assertEquals(
        text.contentSha256(), store.evidence().get(old.id(), text.id()).item().contentSha256());
    Verification v = store.evidence().verify(old.id());
    assertTrue(v.valid(), v.toString());
    AssessmentException gone =
        assertThrows(
            AssessmentException.class, () -> store.evidence().download(old.id(), file.id()));
    assertTrue(gone.getMessage().contains("purged under the retention policy"), gone.getMessage());
    // The active assessment collected the same responses: content it shares is kept.
    assertTrue(store.evidence().verify(active.id()).valid());
    assertEquals(0, store.retention().purge().contents(), "a second purge finds nothing new");

    // After a purge, a changed record is still caught by its hash.
    db.execute("UPDATE evidence SET provided_by = 'mallory' WHERE id = '" + text.id() + "'");
    Verification tampered = store.evidence().verify(old.id());
    assertFalse(tampered.valid());
    assertEquals(text.id(), tampered.firstBadItem());
  }

  @Test
  void contentDeletedWithoutATombstoneIsStillALoss() {
    AssessmentStore store = store(local());
    Assessment a = create(store, "no purge");
    EvidenceItem text = store.uploads().uploadText(a.id(), MANUAL, "lost answer", null, "dpo");
    db.execute("DELETE FROM evidence_content WHERE sha256 = '" + text.contentSha256() + "'");
    Verification v = store.evidence().verify(a.id());
    assertFalse(v.valid());
    assertTrue(v.problem().contains("is missing"), v.problem());
  }
}
