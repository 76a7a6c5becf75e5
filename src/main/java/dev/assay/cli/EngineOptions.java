package dev.assay.cli;

import dev.assay.evaluation.AssayEngine;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that loads rules and frameworks shares. */
public class EngineOptions {

  @Option(
      names = "--rules",
      paramLabel = "DIR",
      defaultValue = "${env:ASSAY_RULES_DIR:-rules}",
      description = "Rule directory (default: ${DEFAULT-VALUE}).")
  Path rules;

  @Option(
      names = "--frameworks",
      paramLabel = "DIR",
      defaultValue = "${env:ASSAY_FRAMEWORKS_DIR:-frameworks}",
      description = "Framework directory (default: ${DEFAULT-VALUE}).")
  Path frameworks;

  @Option(
      names = "--default-framework",
      paramLabel = "ID",
      hidden = true,
      defaultValue = "${env:ASSAY_DEFAULT_FRAMEWORK:-" + AssayEngine.DEFAULT_FRAMEWORK + "}")
  String defaultFramework;

  AssayEngine load() {
    return AssayEngine.load(rules, frameworks, defaultFramework);
  }
}
