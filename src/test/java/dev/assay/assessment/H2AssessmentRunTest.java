package dev.assay.assessment;

/**
 * {@link AssessmentRunContract} on the embedded database (H2, PostgreSQL mode), as {@code java
 * -jar} runs it.
 */
class H2AssessmentRunTest extends AssessmentRunContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.H2;
  }
}
