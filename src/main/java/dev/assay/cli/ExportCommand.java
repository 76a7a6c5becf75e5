package dev.assay.cli;

import picocli.CommandLine.Command;

/** {@code assay export}: sends results to other systems. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Send evaluation results to other systems.",
    subcommands = {ExportSecurityHubCommand.class})
public class ExportCommand implements Runnable {

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }
}
