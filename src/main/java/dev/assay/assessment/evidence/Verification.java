package dev.assay.assessment.evidence;

/**
 * The outcome of verifying an assessment's evidence chain.
 *
 * @param items how many items were checked
 * @param firstBadItem the ID of the first item that does not verify (or {@code "#<seq>"} for one
 *     that is missing), {@code null} when the chain verifies
 * @param firstBadSeq its place in the chain, or 0
 * @param problem what is wrong with it, or {@code null}
 */
public record Verification(
    String assessmentId,
    boolean valid,
    long items,
    String head,
    String firstBadItem,
    long firstBadSeq,
    String problem) {

  static Verification ok(String assessmentId, long items, String head) {
    return new Verification(assessmentId, true, items, head, null, 0, null);
  }

  static Verification bad(
      String assessmentId, long items, String head, String item, long seq, String problem) {
    return new Verification(assessmentId, false, items, head, item, seq, problem);
  }
}
