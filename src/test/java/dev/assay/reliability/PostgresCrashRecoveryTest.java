package dev.assay.reliability;

import dev.assay.assessment.TestDatabase;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;

/** The crash tests on PostgreSQL, in a fresh schema dropped afterwards. */
class PostgresCrashRecoveryTest extends CrashRecoveryContract {

  private final String schema =
      "assay_crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  @Override
  String jdbcUrl(Path workDir) {
    return TestDatabase.url(TestDatabase.Kind.POSTGRES, schema);
  }

  @AfterEach
  void dropSchema() {
    TestDatabase.drop(TestDatabase.Kind.POSTGRES, schema);
  }
}
