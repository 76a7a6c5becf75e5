package dev.assay.evaluation;

import dev.assay.rules.RuleBase;
import dev.assay.rules.RuleInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How well the cases exercise one rule: whether some case fires it and some case leaves it silent
 * (the coverage gate), and which kinds of case its own file has.
 *
 * @param caseFile the rule's case file, or {@code null} when it has none
 * @param cases the number of cases in the rule's own file
 * @param firedIn the number of passing cases, in any file, on which the rule fired
 * @param silentIn the number of passing cases, in any file, on which the rule did not fire
 * @param hasEmptyCase a case of its own file where the rule reports only NOT_APPLICABLE
 * @param hasCompliantCase a case of its own file with some PASS and no FAIL or ERROR
 * @param hasViolatingCase a case of its own file with some FAIL
 * @param hasErrorCase a case of its own file with some ERROR
 * @param requestsEvidence whether the rule asks for evidence ({@code @output("evidence")})
 * @param hasRequestingCase a case of its own file where the rule inserts an evidence request
 * @param hasQuietCase a case of its own file where the rule inserts none
 */
public record RuleCaseCoverage(
    String ruleId,
    String caseFile,
    int cases,
    int firedIn,
    int silentIn,
    boolean hasEmptyCase,
    boolean hasCompliantCase,
    boolean hasViolatingCase,
    boolean hasErrorCase,
    boolean requestsEvidence,
    boolean hasRequestingCase,
    boolean hasQuietCase) {

  /** Fired by some case and silent in some case. */
  public boolean covered() {
    return firedIn > 0 && silentIn > 0;
  }

  /** What the rule's cases lack, as a short phrase, or empty when nothing. */
  public String gaps() {
    StringBuilder missing = new StringBuilder();
    if (caseFile == null) {
      return "no case file";
    }
    append(missing, firedIn == 0, "never fired");
    append(missing, silentIn == 0, "never silent");
    if (requestsEvidence) {
      append(missing, !hasRequestingCase, "no case with an evidence request");
      append(missing, !hasQuietCase, "no case without one");
      return missing.toString();
    }
    append(missing, !hasEmptyCase, "no empty case");
    append(missing, !hasCompliantCase, "no compliant case");
    append(missing, !hasViolatingCase, "no violating case");
    append(missing, !hasErrorCase, "no error case");
    return missing.toString();
  }

  private static void append(StringBuilder text, boolean condition, String phrase) {
    if (condition) {
      text.append(text.length() == 0 ? "" : ", ").append(phrase);
    }
  }

  /**
   * Per-rule coverage of every rule of the rule base. Only passing cases count: what a failing case
   * fired is not what it declares.
   */
  static Map<String, RuleCaseCoverage> measure(
      RuleBase ruleBase, List<RuleCaseFile> files, List<RuleCaseResult> all) {
    List<RuleCaseResult> results = all.stream().filter(RuleCaseResult::passed).toList();
    Map<String, RuleCaseCoverage> coverage = new TreeMap<>();
    for (String ruleId : ruleBase.rules().keySet()) {
      RuleCaseFile own =
          files.stream().filter(f -> f.ruleId().equals(ruleId)).findFirst().orElse(null);
      List<RuleCaseResult> ran = results.stream().filter(r -> r.ruleId().equals(ruleId)).toList();
      int fired = (int) results.stream().filter(r -> r.fired().contains(ruleId)).count();
      coverage.put(
          ruleId,
          new RuleCaseCoverage(
              ruleId,
              own == null ? null : own.path(),
              own == null ? 0 : own.cases().size(),
              fired,
              results.size() - fired,
              ran.stream().anyMatch(r -> only(r, Set.of(Status.NOT_APPLICABLE))),
              ran.stream()
                  .anyMatch(
                      r ->
                          has(r, Status.PASS)
                              && only(r, Set.of(Status.PASS, Status.NOT_APPLICABLE))),
              ran.stream().anyMatch(r -> has(r, Status.FAIL)),
              ran.stream().anyMatch(r -> has(r, Status.ERROR)),
              ruleBase.rule(ruleId).map(RuleInfo::requestsEvidence).orElse(false),
              ran.stream().anyMatch(r -> !r.requests().isEmpty()),
              ran.stream().anyMatch(r -> r.requests().isEmpty())));
    }
    return coverage;
  }

  private static boolean has(RuleCaseResult r, Status status) {
    return r.findings().stream().anyMatch(f -> f.status() == status);
  }

  private static boolean only(RuleCaseResult r, Set<Status> statuses) {
    return !r.findings().isEmpty()
        && r.findings().stream().allMatch(f -> statuses.contains(f.status()));
  }
}
