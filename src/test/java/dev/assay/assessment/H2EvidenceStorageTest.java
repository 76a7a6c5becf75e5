package dev.assay.assessment;

/** {@link EvidenceStorageContract} on the embedded H2 database. */
class H2EvidenceStorageTest extends EvidenceStorageContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.H2;
  }
}
