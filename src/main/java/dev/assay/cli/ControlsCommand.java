package dev.assay.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code assay controls}: the control library. */
@Command(
    name = "controls",
    mixinStandardHelpOptions = true,
    description = "The control library: standard, custom and common controls.",
    subcommands = {ControlsSearchCommand.class})
public class ControlsCommand implements Runnable {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
