package dev.assay.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.assessment.Assessment;
import dev.assay.assessment.AssessmentStore;
import dev.assay.assessment.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report of a real assessment (the example snapshot evaluated, manual evidence with hostile
 * names): what the zip holds, that it verifies, and the quota.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBuildTest {

  @TempDir static Path temp;
  TestDatabase db;
  AssessmentStore store;
  Assessment assessment;
  Path destination;
  ReportSettings settings;

  @BeforeAll
  void seed() {
    db = TestDatabase.open(TestDatabase.Kind.H2);
    store = ReportFixture.store(db, temp.resolve("data"), true);
    destination = temp.resolve("reports");
    assessment = ReportFixture.create(store, "Q4 <GenAI> & co", destination.toString());
    store.runs().run(assessment.id(), null, "MANUAL", "alice");
    ReportFixture.addHostileManualEvidence(store, assessment.id(), "STARTER-ACC-02");
    settings = ReportSettings.defaults(temp.resolve("data"));
  }

  @AfterAll
  void close() {
    db.close();
  }

  @Test
  void buildsOneSignedZipWithSummariesEvidenceAndDigestThatVerifies() throws Exception {
    Reports reports = ReportFixture.reports(store, db, settings);
    ReportRecord r = reports.create(assessment.id(), ReportRequest.whole(), "alice", null);

    Path zip = Path.of(r.location());
    assertEquals(destination.toAbsolutePath(), zip.getParent());
    var entries = ReportFixture.entries(zip);
    for (String name :
        List.of(
            "README.txt",
            "summary.html",
            "summary.pdf",
            "report.json",
            "public-key.pem",
            "digest.txt",
            "digest.sig")) {
      assertTrue(entries.containsKey(name), name + " in " + entries.keySet());
    }
    long evidenceFiles = entries.keySet().stream().filter(n -> n.startsWith("evidence/")).count();
    assertEquals(r.evidenceItems(), evidenceFiles);
    assertEquals(store.assessments().get(assessment.id()).evidenceCount(), r.evidenceItems());
    assertTrue(r.evidenceItems() > 2, "the run's responses and the manual items");
    assertEquals(r.files(), entries.size() - 2);
    assertEquals(r.sha256(), dev.assay.digest.ContentHash.of(Files.readAllBytes(zip)));
    // Folders by control, data source and day; uploaded names cannot climb out.
    assertTrue(
        entries.keySet().stream()
            .anyMatch(n -> n.matches("evidence/STARTER-ACC-02/manual/\\d{4}-\\d\\d-\\d\\d/.*")),
        entries.keySet().toString());
    assertTrue(
        entries.keySet().stream()
            .anyMatch(
                n ->
                    n.matches(
                        "evidence/STARTER-SEC-01/sagemaker/\\d{4}-\\d\\d-\\d\\d/.*_sagemaker_.*\\.json")),
        entries.keySet().toString());
    entries.keySet().forEach(n -> assertTrue(ZipPaths.unsafe(n) == null, n));

    String pdf = new String(entries.get("summary.pdf"), 0, 8, StandardCharsets.ISO_8859_1);
    assertTrue(pdf.startsWith("%PDF-"), pdf);
    // The PDF opens: a cover, summaries, contents, then a page per control.
    var reader = new com.lowagie.text.pdf.PdfReader(entries.get("summary.pdf"));
    assertTrue(reader.getNumberOfPages() >= 3 + 10, "pages: " + reader.getNumberOfPages());
    var text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
    assertTrue(text.getTextFromPage(2).contains("Report summary"), text.getTextFromPage(2));
    StringBuilder all = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      all.append(text.getTextFromPage(page));
    }
    assertTrue(all.toString().contains("STARTER-ACC-02 Error analysis"), all.toString());
    assertTrue(all.toString().contains("Testing information"));
    reader.close();
    String html = new String(entries.get("summary.html"), StandardCharsets.UTF_8);
    assertFalse(html.contains("<script>"), "user text never becomes markup");
    assertFalse(html.contains("<img"), "uploaded file names never become markup");
    assertFalse(html.contains("<b>bob"), "comment authors never become markup");
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assertTrue(html.contains("Q4 &lt;GenAI&gt; &amp; co"));
    assertTrue(html.contains("Testing information"));
    assertTrue(html.contains("STARTER-SEC-01"));

    JsonNode json = new ObjectMapper().readTree(entries.get("report.json"));
    assertEquals("assay-report/1", json.get("format").asText());
    assertEquals(r.evidenceItems(), json.get("report").get("evidenceItems").asLong());
    long listed = 0;
    for (JsonNode set : json.get("controlSets")) {
      for (JsonNode control : set.get("controls")) {
        listed += control.get("evidence").size();
        assertFalse(control.get("compliance").asText().isEmpty());
      }
    }
    assertEquals(r.evidenceItems(), listed);

    ReportVerification v = ReportVerifier.verify(zip, reports.signingKey(), "given");
    assertTrue(v.verified(), v.problems().toString());
    assertEquals(reports.signingKey().keyId(), v.keyId());
    assertEquals(r.id(), v.reportId());
    assertEquals(
        List.of(r),
        reports.list(assessment.id()).stream().filter(x -> x.id().equals(r.id())).toList());
    // No work files are left behind.
    try (var left = Files.list(settings.keyDir().getParent().resolve("work"))) {
      assertEquals(0, left.count());
    }
  }

  @Test
  void generatesTheSigningKeyOnceWithOwnerOnlyPermissions() throws Exception {
    SigningKey first = SigningKeys.load(settings);
    SigningKey again = SigningKeys.load(settings);
    assertEquals(first.keyId(), again.keyId());
    assertEquals("Ed25519", first.algorithm());
    Path file = settings.keyDir().resolve(SigningKeys.GENERATED);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals(
        first.publicPem(),
        Files.readString(settings.keyDir().resolve(SigningKeys.EXPORTED_PUBLIC)));
  }

  @Test
  void selectsControlSetsControlsSourcesAndDays() throws Exception {
    Reports reports = ReportFixture.reports(store, db, settings);
    ReportRecord manual =
        reports.create(
            assessment.id(),
            new ReportRequest("manual only", null, null, null, List.of("manual"), null, null),
            "alice",
            temp.resolve("manual.zip"));
    assertEquals(2, manual.evidenceItems());
    ReportRecord one =
        reports.create(
            assessment.id(),
            new ReportRequest(null, null, null, List.of("STARTER-ACC-02"), null, null, null),
            "alice",
            temp.resolve("one.zip"));
    JsonNode json =
        new ObjectMapper()
            .readTree(ReportFixture.entries(temp.resolve("one.zip")).get("report.json"));
    assertEquals(1, json.get("controlSets").size());
    assertEquals(
        "STARTER-ACC-02", json.get("controlSets").get(0).get("controls").get(0).get("id").asText());
    assertEquals(2, one.evidenceItems());
    ReportRecord none =
        reports.create(
            assessment.id(),
            new ReportRequest(null, null, null, null, null, "2001-01-01", "2001-01-02"),
            "alice",
            temp.resolve("none.zip"));
    assertEquals(0, none.evidenceItems());
    assertTrue(
        ReportVerifier.verify(temp.resolve("none.zip"), reports.signingKey(), "given").verified());

    ReportException bad =
        assertThrows(
            ReportException.class,
            () ->
                reports.create(
                    assessment.id(),
                    new ReportRequest(null, null, List.of("no-such-set"), null, null, null, null),
                    "alice",
                    null));
    assertEquals(ReportException.Kind.INVALID, bad.kind());
    assertTrue(bad.getMessage().contains("no-such-set"));
    assertThrows(
        ReportException.class,
        () ->
            reports.create(
                assessment.id(),
                new ReportRequest(null, null, null, null, null, "2026-13-01", null),
                "alice",
                null));
  }

  @Test
  void refusesAReportOverTheEvidenceQuotaBeforeWritingAnything() throws Exception {
    Path dest = temp.resolve("quota");
    Reports reports = ReportFixture.reports(store, db, settings.withMaxEvidenceItems(1));
    ReportException e =
        assertThrows(
            ReportException.class,
            () ->
                reports.create(
                    assessment.id(), ReportRequest.whole(), "alice", dest.resolve("r.zip")));
    assertEquals(ReportException.Kind.QUOTA, e.kind());
    assertEquals("report-too-large", e.slug());
    assertTrue(e.getMessage().contains("more than the 1 one report may hold"), e.getMessage());
    assertFalse(Files.exists(dest.resolve("r.zip")));
  }
}
