package dev.assay.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store set up on one database for a contract's tests (one subclass per contract and database):
 * a fresh migrated database per test class, a new store and clock per test, and the helpers the
 * contracts share. The same assertions then run on H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AssessmentStoreFixture {

  static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
  static final String PRIVACY_MANUAL = "STARTER-PRI-02";

  @TempDir Path temp;

  TestDatabase db;
  TestEngine.MutableClock clock;
  AssessmentStore store;

  abstract TestDatabase.Kind kind();

  @BeforeAll
  void openDatabase() {
    db = TestDatabase.open(kind());
  }

  @AfterAll
  void closeDatabase() {
    if (db != null) {
      db.close();
    }
  }

  @BeforeEach
  void newStore() {
    clock = new TestEngine.MutableClock(T0);
    store = store(AssessmentSettings.defaults(temp));
  }

  AssessmentStore store(AssessmentSettings settings) {
    return new AssessmentStore(
        db.store(),
        TestEngine.get(),
        settings,
        (a, run, input) -> input != null ? input : Path.of(a.snapshotInput()),
        clock);
  }

  Assessment create(String name) {
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
                "s3://reports-bucket/assay",
                Map.of("team", "ml"),
                TestEngine.SNAPSHOT.toString()),
            "alice");
  }

  static void assertConflict(String slug, org.junit.jupiter.api.function.Executable call) {
    AssessmentException e = assertThrows(AssessmentException.class, call);
    assertEquals(AssessmentException.Kind.CONFLICT, e.kind(), e.getMessage());
    assertEquals(slug, e.slug(), e.getMessage());
  }
}
