package dev.assay.snapshot;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Makes the nodes of parsed snapshot files: Jackson's, but with objects kept in a {@link FieldMap}
 * instead of a {@code LinkedHashMap} (same order, same answers, less to build).
 */
final class SnapshotNodes extends JsonNodeFactory {

  static final SnapshotNodes INSTANCE = new SnapshotNodes();

  private static final long serialVersionUID = 1L;

  private SnapshotNodes() {}

  @Override
  public ObjectNode objectNode() {
    return new ObjectNode(this, new FieldMap());
  }
}
