package dev.assay.assessment;

/** Re-evaluation jobs on the embedded database (H2, PostgreSQL mode). */
class H2ReevaluationStoreTest extends ReevaluationStoreContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.H2;
  }
}
