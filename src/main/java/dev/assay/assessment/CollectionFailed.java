package dev.assay.assessment;

import java.util.List;

/**
 * A collection that got no answer at all (AWS unreachable, credentials refused everywhere): the run
 * fails with these gaps instead of evaluating a snapshot made only of errors, and the scheduler
 * retries it.
 */
public final class CollectionFailed extends RuntimeException {

  private final List<String> gaps;

  public CollectionFailed(String message, List<String> gaps) {
    super(message);
    this.gaps = List.copyOf(gaps);
  }

  /** The failed calls, as {@code account/region service.Operation: Code: message}. */
  public List<String> gaps() {
    return gaps;
  }
}
