package dev.assay.evaluation;

import java.util.List;

/**
 * Everything one evaluation decided, in a stable order: the same inputs give the same result.
 *
 * @param evaluatedAt the evaluation clock's instant, ISO-8601 UTC
 * @param skipped inputs that no rule reads
 */
public record EvaluationResult(
    String ruleBaseVersion,
    String frameworkId,
    String frameworkVersion,
    String evaluatedAt,
    List<String> skipped,
    List<Finding> findings,
    List<ControlResult> controls,
    List<Task> tasks) {

  public boolean hasFailuresOrErrors() {
    return findings.stream().anyMatch(f -> f.status() == Status.FAIL || f.status() == Status.ERROR);
  }
}
