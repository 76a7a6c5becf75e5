package dev.assay.reload;

import java.util.List;

/** The rules or frameworks cannot serve; every problem, {@code file:line: message}. */
public class EngineRejectedException extends RuntimeException {

  private final List<String> problems;

  public EngineRejectedException(List<String> problems) {
    super("rules or frameworks rejected: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
