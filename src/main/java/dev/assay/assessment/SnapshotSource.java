package dev.assay.assessment;

import java.nio.file.Path;

/**
 * Where a run's snapshot comes from: the seam between assessments and collection. The standard
 * source ({@link CollectingSnapshotSource}) evaluates a given directory or collects the scope from
 * AWS; tests give a directory.
 */
@FunctionalInterface
public interface SnapshotSource {

  /**
   * @param input a directory given for this run, or {@code null}
   * @return a snapshot directory to evaluate
   */
  Path snapshotFor(Assessment assessment, String runId, Path input);
}
