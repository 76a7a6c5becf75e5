package dev.assay.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.assessment.Assessment;
import dev.assay.assessment.AssessmentStore;
import dev.assay.assessment.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same report on PostgreSQL: evidence paged and bodies streamed through its driver. */
class PostgresReportTest {

  @TempDir Path temp;

  @Test
  void buildsAndVerifiesOnPostgres() throws Exception {
    try (TestDatabase db = TestDatabase.open(TestDatabase.Kind.POSTGRES)) {
      AssessmentStore store = ReportFixture.store(db, temp.resolve("data"), false);
      Assessment a = ReportFixture.create(store, "pg", temp.resolve("reports").toString());
      store.runs().run(a.id(), null, "MANUAL", "alice");
      ReportFixture.addHostileManualEvidence(store, a.id(), "STARTER-ACC-02");
      Reports reports =
          ReportFixture.reports(store, db, ReportSettings.defaults(temp.resolve("data")));
      ReportRecord r = reports.create(a.id(), ReportRequest.whole(), "alice", null);
      assertEquals(store.assessments().get(a.id()).evidenceCount(), r.evidenceItems());
      assertTrue(r.evidenceItems() > 2);
      ReportVerification v =
          ReportVerifier.verify(Path.of(r.location()), reports.signingKey(), "given");
      assertTrue(v.verified(), v.problems().toString());
      assertEquals(1, reports.list(a.id()).size());

      // Fail closed: changed content (a text answer's body) stops the report while it is built,
      // and nothing reaches the destination.
      db.execute(
          "UPDATE evidence_content SET body = 'changed' WHERE sha256 = (SELECT content_sha256"
              + " FROM evidence WHERE evidence_type = 'MANUAL_TEXT' AND assessment_id = '"
              + a.id()
              + "')");
      ReportException changed =
          org.junit.jupiter.api.Assertions.assertThrows(
              ReportException.class,
              () -> reports.create(a.id(), ReportRequest.whole(), "alice", temp.resolve("c.zip")));
      assertEquals("evidence-changed", changed.slug());
      assertTrue(!java.nio.file.Files.exists(temp.resolve("c.zip")));
      // ... and so does a changed record, before anything is built.
      db.execute(
          "UPDATE evidence SET region = 'xx-test-1' WHERE assessment_id = '"
              + a.id()
              + "' AND seq = 1");
      ReportException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              ReportException.class,
              () -> reports.create(a.id(), ReportRequest.whole(), "alice", temp.resolve("x.zip")));
      assertEquals(ReportException.Kind.CONFLICT, e.kind());
      assertTrue(e.getMessage().contains("item 1"), e.getMessage());
    }
  }
}
