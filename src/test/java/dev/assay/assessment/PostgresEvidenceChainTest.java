package dev.assay.assessment;

/**
 * {@link EvidenceChainContract} on PostgreSQL at 127.0.0.1:5432, in a schema of its own that is
 * dropped afterwards. Fails, never skips, when PostgreSQL is not there: CI starts it.
 */
class PostgresEvidenceChainTest extends EvidenceChainContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.POSTGRES;
  }
}
