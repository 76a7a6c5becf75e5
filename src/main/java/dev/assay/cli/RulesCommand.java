package dev.assay.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code assay rules}: the rule base, for analysts who edit rules. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description =
        "The rule base: list its rules, test them against their cases, validate a change.",
    subcommands = {RulesListCommand.class, RulesTestCommand.class, RulesValidateCommand.class})
public class RulesCommand implements Runnable {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
