package dev.assay.assessment;

/**
 * {@link AssessmentLifecycleContract} on the embedded database (H2, PostgreSQL mode), as {@code
 * java -jar} runs it.
 */
class H2AssessmentLifecycleTest extends AssessmentLifecycleContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.H2;
  }
}
