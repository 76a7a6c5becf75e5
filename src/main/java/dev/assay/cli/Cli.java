package dev.assay.cli;

import dev.assay.collect.CollectException;
import dev.assay.evaluation.InvalidManualEvidenceException;
import dev.assay.evaluation.UnknownFrameworkException;
import dev.assay.framework.FrameworkException;
import dev.assay.rules.RuleBaseException;
import dev.assay.rules.RuleProblem;
import dev.assay.snapshot.SnapshotException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Runs a command line: known input problems become a one-line message (rule problems one per line)
 * and exit code 2, never a stack trace.
 */
public final class Cli {

  public static final int USAGE = 2;

  private Cli() {}

  public static CommandLine commandLine() {
    return withErrorHandling(new CommandLine(new AssayCommand()));
  }

  private static CommandLine withErrorHandling(CommandLine commandLine) {
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          PrintWriter err = cmd.getErr();
          if (e instanceof RuleBaseException rules) {
            err.println("assay: rule base rejected");
            for (RuleProblem problem : rules.problems()) {
              err.println(problem);
            }
          } else if (e instanceof FrameworkException frameworks) {
            err.println("assay: frameworks rejected");
            frameworks.problems().forEach(err::println);
          } else if (e instanceof SnapshotException
              || e instanceof CollectException
              || e instanceof UnknownFrameworkException
              || e instanceof InvalidManualEvidenceException
              || e instanceof java.io.IOException) {
            err.println("assay: " + e.getMessage());
          } else {
            throw e;
          }
          err.flush();
          return USAGE;
        });
    return commandLine;
  }

  public static int run(String... args) {
    if (args.length == 1 && args[0].equals("serve")) {
      // Building the whole command tree reflects over every command and runs their static
      // initialisers (an ObjectMapper among them): a tenth of the main thread's startup, spent
      // before the service begins. "serve" alone parses the same against its own command.
      return withErrorHandling(new CommandLine(new ServeCommand())).execute();
    }
    return commandLine().execute(args);
  }
}
