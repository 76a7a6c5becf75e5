package dev.assay.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dev.assay.assessment.Assessment;
import dev.assay.assessment.AssessmentStore;
import dev.assay.assessment.TestDatabase;
import dev.assay.collect.MotoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A report written to S3 on moto, downloaded and unpacked as an auditor would, then opened: its
 * summary.html in a real browser (headless Chromium), its summary.pdf with a PDF reader. Both must
 * show every control of the report with its status, and nothing from the evidence may turn into
 * markup.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportInBrowserTest {

  @RegisterExtension static MotoServer moto = new MotoServer();
  @TempDir static Path temp;
  TestDatabase db;
  AssessmentStore store;
  S3Client s3;
  Path unpacked;
  Map<String, String> compliance = new LinkedHashMap<>();
  String reportName;

  @BeforeAll
  void buildReportOnMoto() throws Exception {
    System.setProperty("aws.accessKeyId", "testing");
    System.setProperty("aws.secretAccessKey", "testing");
    db = TestDatabase.open(TestDatabase.Kind.H2);
    store = ReportFixture.store(db, temp.resolve("data"), false);
    s3 =
        S3Client.builder()
            .endpointOverride(moto.url())
            .forcePathStyle(true)
            .region(Region.US_EAST_1)
            .httpClient(UrlConnectionHttpClient.create())
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
            .build();
    s3.createBucket(b -> b.bucket("browser-reports"));
    Assessment a = ReportFixture.create(store, "Q4 <GenAI> review", "s3://browser-reports/q4");
    store.runs().run(a.id(), null, "MANUAL", "alice");
    ReportFixture.addHostileManualEvidence(store, a.id(), "STARTER-ACC-02");
    Reports reports =
        ReportFixture.reports(
            store,
            db,
            ReportSettings.defaults(temp.resolve("data"))
                .withS3(moto.url().toString(), "us-east-1"));
    ReportRecord r = reports.create(a.id(), ReportRequest.whole(), "alice", null);
    String key = r.location().substring("s3://browser-reports/".length());
    Path zip =
        Files.write(
            temp.resolve("report.zip"),
            s3.getObjectAsBytes(b -> b.bucket("browser-reports").key(key)).asByteArray());
    assertTrue(ReportVerifier.verify(zip, reports.signingKey(), "given").verified());
    unpacked = Files.createDirectories(temp.resolve("unpacked"));
    for (Map.Entry<String, byte[]> e : ReportFixture.entries(zip).entrySet()) {
      Path target = unpacked.resolve(e.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, e.getValue());
    }
    JsonNode json = new ObjectMapper().readTree(unpacked.resolve("report.json").toFile());
    reportName = json.get("report").get("name").asText();
    for (JsonNode set : json.get("controlSets")) {
      for (JsonNode control : set.get("controls")) {
        compliance.put(control.get("id").asText(), control.get("compliance").asText());
      }
    }
    assertTrue(compliance.size() >= 10, compliance.toString());
  }

  @AfterAll
  void close() {
    db.close();
    s3.close();
  }

  @Test
  void summaryHtmlOpensInChromiumWithEveryControlAndItsStatus() throws Exception {
    HeadlessChromium chromium = chromium();
    String dom = chromium.dumpDom(unpacked.resolve(HtmlSummary.NAME));

    // The browser's parse has one section per control, in report order, each headed by its id
    // and showing the control's status as the report.json states it.
    Matcher sections =
        Pattern.compile(
                "<section class=\"control\" id=\"control-[^\"]+\">(.*?)</section>", Pattern.DOTALL)
            .matcher(dom);
    List<String> seen = new ArrayList<>();
    while (sections.find()) {
      String body = sections.group(1);
      Matcher h2 = Pattern.compile("^<h2>([^ <]+) ").matcher(body);
      assertTrue(h2.find(), "a control section starts with its heading: " + body);
      String id = h2.group(1);
      seen.add(id);
      String status = compliance.get(id);
      assertTrue(
          body.contains("<td class=\"" + status + "\">"),
          id + " shows its status " + status + ": " + body);
      assertTrue(body.contains("<th>Testing information</th>"), id);
    }
    assertEquals(List.copyOf(compliance.keySet()), seen);

    // Nothing from users or evidence became an element; the text is still there, as text.
    assertFalse(dom.contains("<script"), "no script element");
    assertFalse(dom.contains("<img"), "no image element");
    assertFalse(dom.contains("<b>bob"), "no markup from comment authors");
    assertTrue(dom.contains("&lt;script&gt;alert('x')&lt;/script&gt;"), "hostile text shown");
    assertTrue(dom.contains("<h1>" + reportName.replace("<", "&lt;").replace(">", "&gt;")));
    // The table of contents links to every control's section.
    for (String id : compliance.keySet()) {
      assertTrue(dom.contains("href=\"#control-" + id + "\""), id + " in the contents");
      assertTrue(dom.contains("id=\"control-" + id + "\""), id + " has its section");
    }
  }

  @Test
  void summaryHtmlPrintsToPdfInChromium() throws Exception {
    Path pdf =
        chromium().printToPdf(unpacked.resolve(HtmlSummary.NAME), temp.resolve("printed.pdf"));
    PdfReader reader = new PdfReader(pdf.toString());
    try {
      assertTrue(reader.getNumberOfPages() >= 2, "pages: " + reader.getNumberOfPages());
      // Text extracted from Chromium's PDF is spaced by glyph positions ("STAR TER-SEC-01"), so
      // words are compared without their spaces.
      String text = text(reader).replaceAll("\\s+", "");
      assertTrue(text.contains("Reportsummary"), text);
      assertTrue(text.contains(compliance.keySet().iterator().next()), text);
    } finally {
      reader.close();
    }
  }

  @Test
  void summaryPdfOpensWithAPageForEveryControl() throws Exception {
    PdfReader reader = new PdfReader(unpacked.resolve("summary.pdf").toString());
    try {
      // A cover, the summaries, the contents, then at least one page per control.
      assertTrue(
          reader.getNumberOfPages() >= 3 + compliance.size(),
          "pages: " + reader.getNumberOfPages() + " for " + compliance.size() + " controls");
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      assertTrue(extractor.getTextFromPage(1).contains("Q4 <GenAI> review"));
      // Each control starts a page of its own that names it and its status.
      List<String> started = new ArrayList<>();
      for (int page = 4; page <= reader.getNumberOfPages(); page++) {
        String text = extractor.getTextFromPage(page);
        for (Map.Entry<String, String> c : compliance.entrySet()) {
          if (text.startsWith(c.getKey() + " ")) {
            started.add(c.getKey());
            assertTrue(text.contains(c.getValue()), c.getKey() + ": " + text);
          }
        }
      }
      assertEquals(List.copyOf(compliance.keySet()), started);
    } finally {
      reader.close();
    }
  }

  private static String text(PdfReader reader) throws java.io.IOException {
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    StringBuilder all = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      all.append(extractor.getTextFromPage(page)).append('\n');
    }
    return all.toString();
  }

  private HeadlessChromium chromium() {
    var found = HeadlessChromium.find(temp);
    if (found.isEmpty() && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("chromium is not installed; .ci/run installs it");
    }
    Assumptions.assumeTrue(
        found.isPresent(),
        "chromium is not installed (apt-get install -y chromium chromium-driver)");
    return found.get();
  }
}
