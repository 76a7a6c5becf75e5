package dev.assay.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.collect.MotoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An assessment with no snapshot of its own collects its scope from AWS (moto here) on each run,
 * including the scheduled one, into the snapshot directory.
 */
class AssessmentCollectTest {

  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  @TempDir static Path temp;
  static TestDatabase db;

  @BeforeAll
  static void open() {
    // The SDK's default chain reads these: moto accepts any key.
    System.setProperty("aws.accessKeyId", "testing");
    System.setProperty("aws.secretAccessKey", "testing");
    db = TestDatabase.open(TestDatabase.Kind.H2);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void runsAndTheScheduleCollectTheScope() throws Exception {
    AssessmentSettings d = AssessmentSettings.defaults(temp);
    AssessmentSettings settings =
        new AssessmentSettings(
            d.blobDir(),
            d.snapshotDir(),
            true,
            true,
            d.scheduleCron(),
            100,
            d.maxUploadBytes(),
            100,
            MOTO.url().toString(),
            null);
    AssessmentStore store =
        new AssessmentStore(
            db.store(),
            TestEngine.get(),
            settings,
            new CollectingSnapshotSource(settings),
            new TestEngine.MutableClock(Instant.now()));
    Assessment a =
        store
            .assessments()
            .create(
                new NewAssessment(
                    "moto",
                    null,
                    null,
                    List.of("123456789012"),
                    List.of("us-east-1"),
                    List.of(),
                    null,
                    Map.of(),
                    null),
                "t");
    Run run = store.runs().run(a.id(), null, "MANUAL", "t");
    assertTrue(run.succeeded(), String.valueOf(run.error()));
    assertTrue(run.calls() > 0, run.toString());
    assertTrue(
        run.snapshotSource().startsWith(temp.resolve("snapshots").toString()),
        run.snapshotSource());
    assertTrue(Files.isDirectory(Path.of(run.snapshotSource(), "123456789012", "us-east-1")));
    new AssessmentScheduler(store).collectAll();
    List<Run> runs = store.summaries().runs(a.id());
    assertEquals(2, runs.size());
    assertEquals("SCHEDULE", runs.get(0).trigger());
    assertTrue(store.evidence().verify(a.id()).valid());
  }
}
