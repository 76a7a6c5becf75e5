package dev.assay.cli;

import picocli.CommandLine.Command;

/** The top of the command line: {@code java -jar assay.jar <command>}. */
@Command(
    name = "assay",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Compliance evaluator for generative-AI workloads on AWS.",
    subcommands = {
      ServeCommand.class,
      EvaluateCommand.class,
      CollectCommand.class,
      AssessmentsCommand.class,
      EvidenceCommand.class,
      ControlsCommand.class,
      RulesCommand.class,
      ReevaluateCommand.class,
      ApiKeysCommand.class,
      ReportCommand.class,
      ExportCommand.class
    })
public class AssayCommand implements Runnable {

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }
}
