package dev.assay.cli;

import dev.assay.evaluation.RuleCaseCoverage;
import dev.assay.evaluation.RuleCaseReport;
import dev.assay.evaluation.RuleCaseResult;
import java.util.List;

/** The JSON {@code rules test --format json} prints: a stable shape for CI scripts to read. */
final class RuleCaseReportJson {

  record Document(
      boolean passed,
      List<String> problems,
      Summary summary,
      List<Failure> failures,
      List<Coverage> coverage) {}

  record Summary(int cases, int passedCases, int rules, int coveredRules) {}

  record Failure(String ruleId, String file, String caseName, List<String> differences) {}

  record Coverage(
      String ruleId,
      String caseFile,
      int cases,
      int firedIn,
      int silentIn,
      boolean covered,
      String gaps) {}

  private RuleCaseReportJson() {}

  static String write(RuleCaseReport report) {
    List<Coverage> coverage =
        report.coverage().values().stream().map(RuleCaseReportJson::coverage).toList();
    List<Failure> failures =
        report.failures().stream()
            .map(f -> new Failure(f.ruleId(), f.file(), f.caseName(), f.differences()))
            .toList();
    int passedCases = (int) report.results().stream().filter(RuleCaseResult::passed).count();
    int covered = (int) coverage.stream().filter(Coverage::covered).count();
    Document document =
        new Document(
            report.passed() && report.uncovered().isEmpty(),
            report.problems(),
            new Summary(report.results().size(), passedCases, coverage.size(), covered),
            failures,
            coverage);
    return Json.write(document);
  }

  private static Coverage coverage(RuleCaseCoverage c) {
    return new Coverage(
        c.ruleId(),
        c.caseFile(),
        c.cases(),
        c.firedIn(),
        c.silentIn(),
        c.covered() && c.caseFile() != null,
        c.gaps());
  }
}
