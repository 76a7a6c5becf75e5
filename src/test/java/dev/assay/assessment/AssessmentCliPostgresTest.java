package dev.assay.assessment;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The CLI on PostgreSQL, a schema per test; fails when PostgreSQL is not there. */
class AssessmentCliPostgresTest extends AssessmentCliContract {

  private String schema;
  private String url;

  @BeforeEach
  void schema() {
    schema = "assay_cli_" + UUID.randomUUID().toString().substring(0, 8);
    url = TestDatabase.url(TestDatabase.Kind.POSTGRES, schema);
  }

  @AfterEach
  void drop() {
    TestDatabase.drop(TestDatabase.Kind.POSTGRES, schema);
  }

  @Override
  String dbUrl() {
    return url;
  }
}
