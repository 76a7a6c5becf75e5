package dev.assay.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.assessment.Assessment;
import dev.assay.assessment.AssessmentStore;
import dev.assay.assessment.TestDatabase;
import dev.assay.collect.MotoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
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

/** Reports written to an S3 destination (a real moto_server through the SDK's S3 client). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3ReportTest {

  @RegisterExtension static MotoServer moto = new MotoServer();
  @TempDir static Path temp;
  TestDatabase db;
  AssessmentStore store;
  S3Client s3;

  @BeforeAll
  void setUp() {
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
    s3.createBucket(b -> b.bucket("audit-reports"));
  }

  @AfterAll
  void close() {
    db.close();
    s3.close();
  }

  private Reports reports() {
    return ReportFixture.reports(
        store,
        db,
        ReportSettings.defaults(temp.resolve("data")).withS3(moto.url().toString(), "us-east-1"));
  }

  @Test
  void uploadsTheWholeZipToTheAssessmentsBucketAndPrefix() throws Exception {
    Assessment a = ReportFixture.create(store, "s3", "s3://audit-reports/assay/q4");
    ReportFixture.addHostileManualEvidence(store, a.id(), "STARTER-ACC-02");
    Reports reports = reports();
    ReportRecord r = reports.create(a.id(), ReportRequest.whole(), "alice", null);

    assertTrue(
        r.location().startsWith("s3://audit-reports/assay/q4/assay-report-s3-"), r.location());
    String key = r.location().substring("s3://audit-reports/".length());
    byte[] zip = s3.getObjectAsBytes(b -> b.bucket("audit-reports").key(key)).asByteArray();
    assertEquals(r.sizeBytes(), zip.length);
    assertEquals(r.sha256(), dev.assay.digest.ContentHash.of(zip));
    Path local = Files.write(temp.resolve("from-s3.zip"), zip);
    assertTrue(ReportVerifier.verify(local, reports.signingKey(), "given").verified());
    assertEquals(
        1, s3.listObjectsV2(b -> b.bucket("audit-reports").prefix("assay/q4/")).keyCount());
  }

  @Test
  void aMissingBucketFailsCleanlyAndRecordsNothing() {
    Assessment a = ReportFixture.create(store, "nobucket", "s3://no-such-bucket-x/r");
    Reports reports = reports();
    ReportException e =
        assertThrows(
            ReportException.class, () -> reports.create(a.id(), ReportRequest.whole(), "a", null));
    assertEquals(ReportException.Kind.DESTINATION, e.kind());
    assertTrue(e.getMessage().contains("s3://no-such-bucket-x/r/"), e.getMessage());
    assertEquals(0, reports.list(a.id()).size());
  }
}
