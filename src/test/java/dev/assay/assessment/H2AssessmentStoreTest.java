package dev.assay.assessment;

/** The store on the embedded database (H2, PostgreSQL mode), as {@code java -jar} runs it. */
class H2AssessmentStoreTest extends AssessmentStoreContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.H2;
  }
}
