package dev.assay.assessment;

/**
 * {@link AssessmentRunContract} on PostgreSQL at 127.0.0.1:5432, in a schema of its own that is
 * dropped afterwards. Fails, never skips, when PostgreSQL is not there: CI starts it.
 */
class PostgresAssessmentRunTest extends AssessmentRunContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.POSTGRES;
  }
}
