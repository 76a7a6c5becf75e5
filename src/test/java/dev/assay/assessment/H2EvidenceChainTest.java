package dev.assay.assessment;

/**
 * {@link EvidenceChainContract} on the embedded database (H2, PostgreSQL mode), as {@code java
 * -jar} runs it.
 */
class H2EvidenceChainTest extends EvidenceChainContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.H2;
  }
}
