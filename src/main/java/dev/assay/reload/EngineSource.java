package dev.assay.reload;

import java.nio.file.Path;

/**
 * Where an engine is loaded from.
 *
 * @param casesDir rule cases every candidate must pass before it serves, or {@code null} for none
 */
public record EngineSource(
    Path rulesDir, Path frameworksDir, String defaultFramework, Path casesDir) {

  public EngineSource withRules(Path dir) {
    return new EngineSource(dir, frameworksDir, defaultFramework, casesDir);
  }

  public EngineSource withFrameworks(Path dir) {
    return new EngineSource(rulesDir, dir, defaultFramework, casesDir);
  }
}
