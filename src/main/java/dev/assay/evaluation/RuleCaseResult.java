package dev.assay.evaluation;

import dev.assay.rules.EvidenceRequest;
import java.util.List;
import java.util.SortedSet;

/**
 * The outcome of one rule case.
 *
 * @param differences what did not match, one readable line each; empty when the case passed
 * @param fired the rules the whole rule base fired on the case's facts
 * @param findings the findings of the case's rule
 * @param requests the evidence requests the case's rule inserted
 */
public record RuleCaseResult(
    String ruleId,
    String file,
    String caseName,
    List<String> differences,
    SortedSet<String> fired,
    List<Finding> findings,
    List<EvidenceRequest> requests) {

  public boolean passed() {
    return differences.isEmpty();
  }

  /** {@code <rule_id>: <case name>}, the name tests and reports show. */
  public String displayName() {
    return ruleId + ": " + caseName;
  }
}
