package dev.assay.assessment;

/** Re-evaluation jobs on PostgreSQL (a schema of their own); fails when it is not there. */
class PostgresReevaluationStoreTest extends ReevaluationStoreContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.POSTGRES;
  }
}
