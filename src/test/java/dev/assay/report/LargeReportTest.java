package dev.assay.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.assessment.Assessment;
import dev.assay.assessment.AssessmentStore;
import dev.assay.assessment.NewAssessment;
import dev.assay.assessment.evidence.Compliance;
import dev.assay.assessment.evidence.EvidenceHasher;
import dev.assay.assessment.evidence.EvidenceItem;
import dev.assay.assessment.evidence.EvidenceLedger;
import dev.assay.assessment.evidence.EvidenceType;
import dev.assay.assessment.evidence.LocalBlobStore;
import dev.assay.assessment.evidence.NewEvidence;
import dev.assay.assessment.store.StoreDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report of 20,000 evidence items builds in a JVM with a 96 MB heap: evidence is streamed from
 * the store into the zip, never held whole. {@code -Dassay.test.large-report-items=N} changes the
 * size; the heap stays fixed, so a larger N only proves more.
 */
class LargeReportTest {

  static final int ITEMS = Integer.getInteger("assay.test.large-report-items", 20_000);
  static final String HEAP = System.getProperty("assay.test.large-report-heap", "96m");

  @TempDir Path temp;

  @Test
  void buildsAReportOfTwentyThousandItemsInASmallHeap() throws Exception {
    Path data = temp.resolve("data");
    String url =
        "jdbc:h2:file:"
            + data.resolve("db").toAbsolutePath()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(url);
    // The store-only context creates the database with application.yml's user.
    ds.setUser("sa");
    StoreDatabase database = StoreDatabase.open(url, 2);
    AssessmentStore store =
        new AssessmentStore(
            database,
            ReportFixture.engine(),
            dev.assay.assessment.AssessmentSettings.defaults(data).withCollectOnCreate(false),
            (a, run, input) -> input,
            Clock.systemUTC());
    Assessment a =
        store
            .assessments()
            .create(
                new NewAssessment(
                    "large",
                    null,
                    null,
                    List.of("111111111111"),
                    List.of("us-east-1"),
                    List.of("owner"),
                    null,
                    Map.of(),
                    null),
                "bench");
    long seedStart = System.nanoTime();
    seed(
        database,
        a,
        store.assessments().controls(a.id()).stream().map(c -> c.controlId()).toList());
    long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;
    // Close the embedded database so the child JVM can open its files.
    try (Connection c = ds.getConnection()) {
      c.createStatement().execute("SHUTDOWN");
    }
    database.close();

    Path zip = temp.resolve("large.zip");
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP,
                "-XX:+ExitOnOutOfMemoryError"));
    // e.g. -Dassay.test.large-report-jvm=-XX:StartFlightRecording=filename=/tmp/r.jfr to profile
    String extra = System.getProperty("assay.test.large-report-jvm", "");
    if (!extra.isBlank()) {
      command.addAll(List.of(extra.split(" ")));
    }
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            LargeReportMain.class.getName(),
            url,
            data.toString(),
            a.id(),
            zip.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(10, TimeUnit.MINUTES));
    assertEquals(0, p.exitValue(), output);
    System.out.println(
        "LargeReportTest: seeded " + ITEMS + " items in " + seedMillis + " ms; child: " + output);
    assertTrue(output.contains("items=" + ITEMS + " "), output);

    ReportVerification v = ReportVerifier.verify(zip, null, null);
    assertTrue(v.verified(), v.problems().toString());
    assertEquals(ITEMS + 5, v.files(), "evidence plus README, summaries, report.json, key");
  }

  /** Appends ITEMS configuration-data items through the ledger, in batches (a valid chain). */
  private static void seed(StoreDatabase database, Assessment a, List<String> controls)
      throws Exception {
    EvidenceLedger ledger =
        new EvidenceLedger(
            new LocalBlobStore(Path.of("unused")),
            database.repository(dev.assay.assessment.evidence.EvidenceRepository.class));
    long count = 0;
    String head = null;
    Instant t0 = Instant.parse("2026-11-01T00:00:00Z");
    for (int done = 0; done < ITEMS; ) {
      List<NewEvidence> batch = new ArrayList<>();
      for (int i = 0; i < 2000 && done < ITEMS; i++, done++) {
        String body =
            "{\"NotebookInstances\":[{\"NotebookInstanceName\":\"nb-"
                + done
                + "\",\"NotebookInstanceArn\":\"arn:aws:sagemaker:us-east-1:111111111111:"
                + "notebook-instance/nb-"
                + done
                + "\",\"DirectInternetAccess\":\"Disabled\",\"padding\":\""
                + "x".repeat(300)
                + "\"}]}";
        batch.add(
            new NewEvidence(
                controls.get(done % controls.size()),
                EvidenceType.CONFIGURATION_DATA,
                "sagemaker.ListNotebookInstances",
                t0.plusSeconds(done * 37L),
                "111111111111",
                "us-east-1",
                null,
                Compliance.COMPLIANT,
                null,
                null,
                null,
                body.length(),
                EvidenceHasher.sha256(body),
                body));
      }
      // One transaction per batch, as a run appends its evidence.
      long n = count;
      String h = head;
      List<EvidenceItem> added = database.db().tx(c -> ledger.append(c, a.id(), n, h, batch));
      count += added.size();
      head = added.get(added.size() - 1).itemHash();
    }
  }
}
