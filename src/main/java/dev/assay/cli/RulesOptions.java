package dev.assay.cli;

import dev.assay.rules.RuleBase;
import dev.assay.rules.RuleBaseLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The rule directory, for commands that need rules but no frameworks. */
public class RulesOptions {

  @Option(
      names = "--rules",
      paramLabel = "DIR",
      defaultValue = "${env:ASSAY_RULES_DIR:-rules}",
      description = "Rule directory (default: ${DEFAULT-VALUE}).")
  Path rules;

  RuleBase load() {
    return new RuleBaseLoader().load(rules);
  }
}
