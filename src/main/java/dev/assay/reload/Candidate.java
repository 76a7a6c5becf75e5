package dev.assay.reload;

import dev.assay.evaluation.AssayEngine;
import java.util.List;

/**
 * A rule base and frameworks checked for serving: an engine when every check passed, else the
 * problems, each {@code file:line: message} where the line is known.
 */
public record Candidate(AssayEngine engine, List<String> problems) {

  public boolean valid() {
    return engine != null && problems.isEmpty();
  }
}
