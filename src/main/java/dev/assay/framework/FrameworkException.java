package dev.assay.framework;

import java.util.List;

/** Frameworks that cannot be loaded, each problem naming the file and the field. */
public class FrameworkException extends RuntimeException {

  private final List<String> problems;

  public FrameworkException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
