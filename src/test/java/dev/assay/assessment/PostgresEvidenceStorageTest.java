package dev.assay.assessment;

/** {@link EvidenceStorageContract} on PostgreSQL. */
class PostgresEvidenceStorageTest extends EvidenceStorageContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.POSTGRES;
  }
}
