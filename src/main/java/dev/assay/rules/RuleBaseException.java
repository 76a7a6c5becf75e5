package dev.assay.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A rule base that cannot be used, with every problem found. */
public class RuleBaseException extends RuntimeException {

  private final List<RuleProblem> problems;

  public RuleBaseException(List<RuleProblem> problems) {
    super(
        "rule base rejected: "
            + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<RuleProblem> problems() {
    return problems;
  }
}
