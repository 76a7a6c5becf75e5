package dev.assay.snapshot;

import java.io.File;

/**
 * A file of a snapshot to parse: where it is, its name in messages, what its name says it holds.
 */
record SnapshotFile(
    File file,
    String name,
    String account,
    String region,
    String service,
    String operation,
    String suffix) {}
