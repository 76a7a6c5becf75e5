package dev.assay.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The outcome of running a directory of rule cases against a rule base.
 *
 * @param problems case files that could not be used, one {@code path: message} line each
 * @param results every case that ran, in file and case order
 * @param coverage every rule of the rule base, in ID order
 */
public record RuleCaseReport(
    List<String> problems, List<RuleCaseResult> results, Map<String, RuleCaseCoverage> coverage) {

  /** No problems, and every case passed. */
  public boolean passed() {
    return problems.isEmpty() && results.stream().allMatch(RuleCaseResult::passed);
  }

  public List<RuleCaseResult> failures() {
    return results.stream().filter(r -> !r.passed()).toList();
  }

  /** The rules some case never fires or never leaves silent, or that have no case file. */
  public List<RuleCaseCoverage> uncovered() {
    return coverage.values().stream().filter(c -> !c.covered() || c.caseFile() == null).toList();
  }

  /** A readable summary: problems, failed cases with their differences, then per-rule coverage. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    problems.forEach(p -> lines.add("PROBLEM " + p));
    for (RuleCaseResult failure : failures()) {
      lines.add("FAILED  " + failure.displayName() + " (" + failure.file() + ")");
      failure.differences().forEach(d -> lines.add("        " + d));
    }
    for (RuleCaseCoverage c : coverage.values()) {
      String gaps = c.gaps();
      lines.add(
          String.format(
              "%-4s %-70s cases %2d  fired in %2d  silent in %2d%s",
              gaps.isEmpty() ? "ok" : "GAP",
              c.ruleId(),
              c.cases(),
              c.firedIn(),
              c.silentIn(),
              gaps.isEmpty() ? "" : "  (" + gaps + ")"));
    }
    long passed = results.stream().filter(RuleCaseResult::passed).count();
    long covered = coverage.values().stream().filter(RuleCaseCoverage::covered).count();
    lines.add(
        passed
            + " of "
            + results.size()
            + " cases passed; "
            + covered
            + " of "
            + coverage.size()
            + " rules fired and silent in some case; "
            + problems.size()
            + " problems.");
    return lines;
  }
}
