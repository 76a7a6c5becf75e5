package dev.assay.cli;

import java.util.UUID;

/** {@code reevaluate} jobs on the embedded database in file mode, as {@code java -jar} uses it. */
class ReevaluateJobCommandTest extends ReevaluateJobCommandContract {

  private final String url =
      "jdbc:h2:file:"
          + System.getProperty("java.io.tmpdir")
          + "/assay-reevaluate-cli-"
          + UUID.randomUUID()
          + "/assay;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  @Override
  String dbUrl() {
    return url;
  }
}
