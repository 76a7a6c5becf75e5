package dev.assay.reliability;

import java.nio.file.Path;

/** The crash tests on the embedded default: H2 in files under the service's data directory. */
class H2CrashRecoveryTest extends CrashRecoveryContract {

  @Override
  String jdbcUrl(Path workDir) {
    // The service's own URL, pointed at the test's directory; AUTO_SERVER lets the checks in
    // this JVM read the database while the service has it open.
    return "jdbc:h2:file:"
        + workDir.resolve("data/assay").toAbsolutePath()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE;WRITE_DELAY=0";
  }
}
