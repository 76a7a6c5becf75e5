package dev.assay.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.assessment.Assessment;
import dev.assay.assessment.AssessmentStore;
import dev.assay.assessment.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of tampering with a report zip is found and named. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportTamperTest {

  @TempDir static Path temp;
  TestDatabase db;
  Reports reports;
  Path zip;
  String evidencePath;

  @BeforeAll
  void build() throws Exception {
    db = TestDatabase.open(TestDatabase.Kind.H2);
    AssessmentStore store = ReportFixture.store(db, temp.resolve("data"), false);
    Assessment a = ReportFixture.create(store, "tamper", temp.resolve("reports").toString());
    ReportFixture.addHostileManualEvidence(store, a.id(), "STARTER-ACC-02");
    reports = ReportFixture.reports(store, db, ReportSettings.defaults(temp.resolve("data")));
    zip = Path.of(reports.create(a.id(), ReportRequest.whole(), "alice", null).location());
    evidencePath =
        ReportFixture.entries(zip).keySet().stream()
            .filter(n -> n.startsWith("evidence/"))
            .findFirst()
            .orElseThrow();
  }

  @AfterAll
  void close() {
    db.close();
  }

  private List<ReportVerification.Problem> problems(Path file) {
    ReportVerification v = ReportVerifier.verify(file, reports.signingKey(), "given");
    assertFalse(v.verified());
    return v.problems();
  }

  private static String kinds(List<ReportVerification.Problem> problems) {
    return problems.stream().map(p -> p.kind() + " " + p.path()).collect(Collectors.joining(", "));
  }

  @Test
  void theUntouchedReportVerifies() {
    assertTrue(ReportVerifier.verify(zip, reports.signingKey(), "given").verified());
    // Without a key given, the archive's own key shows it is whole.
    ReportVerification embedded = ReportVerifier.verify(zip, null, null);
    assertTrue(embedded.verified());
    assertEquals("embedded", embedded.keySource());
  }

  @Test
  void aChangedByteNamesTheFile() throws Exception {
    Path bad =
        ReportFixture.rewrite(
            zip,
            temp.resolve("changed.zip"),
            e -> {
              byte[] b = e.get(evidencePath).clone();
              b[b.length / 2] ^= 1;
              e.put(evidencePath, b);
              return e;
            });
    var problems = problems(bad);
    assertEquals("changed " + evidencePath, kinds(problems));
    assertTrue(problems.get(0).message().startsWith("changed file " + evidencePath));
  }

  @Test
  void aMissingAndAnAddedFileAreNamed() throws Exception {
    Path bad =
        ReportFixture.rewrite(
            zip,
            temp.resolve("moved.zip"),
            e -> {
              e.put("summary.html", null);
              e.put("evidence/extra.txt", "planted".getBytes(StandardCharsets.UTF_8));
              return e;
            });
    assertEquals("missing summary.html, added evidence/extra.txt", kinds(problems(bad)));
  }

  @Test
  void aReportResignedWithAnotherKeyFails() throws Exception {
    SigningKey other = SigningKeys.load(ReportSettings.defaults(temp.resolve("other")));
    // The forger keeps the digest and signs it with their key: the signature does not verify.
    Path resigned =
        ReportFixture.rewrite(
            zip,
            temp.resolve("resigned.zip"),
            e -> {
              e.put(DigestFile.SIGNATURE, sig(other, e.get(DigestFile.NAME)));
              return e;
            });
    assertEquals("bad-signature digest.sig", kinds(problems(resigned)));
    // The forger also names their own key in the digest and ships their public key.
    Path forged =
        ReportFixture.rewrite(
            zip,
            temp.resolve("forged.zip"),
            e -> {
              String digest = new String(e.get(DigestFile.NAME), StandardCharsets.UTF_8);
              byte[] pem = other.publicPem().getBytes(StandardCharsets.UTF_8);
              digest =
                  digest
                      .replace(reports.signingKey().keyId(), other.keyId())
                      .replace(
                          dev.assay.digest.ContentHash.of(e.get("public-key.pem"))
                              + " "
                              + e.get("public-key.pem").length,
                          dev.assay.digest.ContentHash.of(pem) + " " + pem.length);
              e.put("public-key.pem", pem);
              e.put(DigestFile.NAME, digest.getBytes(StandardCharsets.UTF_8));
              e.put(DigestFile.SIGNATURE, sig(other, e.get(DigestFile.NAME)));
              return e;
            });
    var problems = problems(forged);
    assertEquals("wrong-key digest.sig", kinds(problems));
    assertTrue(problems.get(0).message().contains("wrong key"));
    // The right key given: it verifies only for the original.
    assertTrue(ReportVerifier.verify(forged, other, "given").verified());
  }

  @Test
  void aMalformedDigestIsNamed() throws Exception {
    Path bad =
        ReportFixture.rewrite(
            zip,
            temp.resolve("malformed.zip"),
            e -> {
              String d = new String(e.get(DigestFile.NAME), StandardCharsets.UTF_8);
              e.put(DigestFile.NAME, (d + "not a digest line\n").getBytes(StandardCharsets.UTF_8));
              return e;
            });
    var problems = problems(bad);
    assertEquals("malformed-digest digest.txt", kinds(problems));
    assertTrue(problems.get(0).message().contains("not '<sha256> <size> <path>'"));
  }

  @Test
  void entriesThatEscapeAreReportedAndNeverExtracted() throws Exception {
    Path bad =
        ReportFixture.rewrite(
            zip,
            temp.resolve("slip.zip"),
            e -> {
              e.put("../evil.txt", "x".getBytes(StandardCharsets.UTF_8));
              e.put("/etc/evil.txt", "x".getBytes(StandardCharsets.UTF_8));
              return e;
            });
    var problems = problems(bad);
    assertEquals("unsafe-path ../evil.txt, unsafe-path /etc/evil.txt", kinds(problems));
    assertFalse(Files.exists(temp.resolve("evil.txt")));
    assertFalse(Files.exists(temp.getParent().resolve("evil.txt")));
  }

  @Test
  void aFlippedByteInTheArchiveNeverPassesChangedContent() throws Exception {
    byte[] bytes = Files.readAllBytes(zip);
    int flips = 0;
    for (int at = 100; at < bytes.length - 100; at += bytes.length / 7) {
      byte[] copy = bytes.clone();
      copy[at] ^= 0x20;
      Path bad = Files.write(temp.resolve("raw-" + at + ".zip"), copy);
      try {
        assertFalse(
            ReportVerifier.verify(bad, reports.signingKey(), "given").verified(), "at " + at);
      } catch (ReportException unreadable) {
        assertEquals(ReportException.Kind.UNUSABLE, unreadable.kind());
      }
      flips++;
    }
    assertTrue(flips >= 5);
  }

  @Test
  void aFileThatIsNoZipIsUnusable() throws Exception {
    Path text = Files.writeString(temp.resolve("not.zip"), "hello");
    ReportException e =
        assertThrows(
            ReportException.class,
            () -> ReportVerifier.verify(text, reports.signingKey(), "given"));
    assertEquals(ReportException.Kind.UNUSABLE, e.kind());
  }

  private static byte[] sig(SigningKey key, byte[] digest) {
    return ("signature-algorithm: Ed25519\nkey-id: "
            + key.keyId()
            + "\nsignature: "
            + Base64.getEncoder().encodeToString(key.sign(digest))
            + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }
}
