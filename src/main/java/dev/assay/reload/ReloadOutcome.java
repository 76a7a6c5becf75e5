package dev.assay.reload;

/**
 * What one reload did.
 *
 * @param serving the version serving after the reload (the old one when rejected or unchanged)
 * @param rejection why the candidate was refused, or {@code null}
 * @param swapped whether a new version started serving
 * @param millis how long loading and checking took
 */
public record ReloadOutcome(
    ServedVersion serving, Rejection rejection, boolean swapped, long millis) {

  public boolean rejected() {
    return rejection != null;
  }
}
