package dev.assay.cli;

import dev.assay.assessment.TestDatabase;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;

/** {@code reevaluate} jobs on PostgreSQL, a schema of their own; fails when it is not there. */
class ReevaluateJobCommandPostgresTest extends ReevaluateJobCommandContract {

  private final String schema = "assay_recli_" + UUID.randomUUID().toString().substring(0, 8);
  private final String url = TestDatabase.url(TestDatabase.Kind.POSTGRES, schema);

  @Override
  String dbUrl() {
    return url;
  }

  @AfterAll
  void drop() {
    TestDatabase.drop(TestDatabase.Kind.POSTGRES, schema);
  }
}
