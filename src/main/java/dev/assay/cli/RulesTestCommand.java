package dev.assay.cli;

import dev.assay.evaluation.RuleCaseReport;
import dev.assay.evaluation.RuleCaseRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code assay rules test}: runs the rule cases against a rule directory, so analysts can test
 * their own rule edits exactly as the build does.
 */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = {
      "Run the rule cases (<cases>/<domain>/<rule_id>.yaml) against a rule directory. Prints each",
      "failed case with its differences and, per rule, how many cases fire it and leave it silent.",
      "Exit 0: every case passed and every rule is fired and silent in some case;",
      "1: some case failed or some rule is not covered; 2: rules or cases do not load, or usage."
    })
public class RulesTestCommand implements Callable<Integer> {

  /** Where the project keeps its cases; analysts with their own point --cases elsewhere. */
  static final String DEFAULT_CASES = "src/test/resources/rulecases";

  enum Format {
    table,
    json
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin RulesOptions rules;

  @Option(
      names = "--cases",
      paramLabel = "DIR",
      defaultValue = "${env:ASSAY_RULE_CASES_DIR:-" + DEFAULT_CASES + "}",
      description = "Rule case directory (env ASSAY_RULE_CASES_DIR; default: ${DEFAULT-VALUE}).")
  Path cases;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    RuleCaseReport report = new RuleCaseRunner(rules.load()).run(cases);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.print(RuleCaseReportJson.write(report));
    } else {
      report.lines().forEach(out::println);
    }
    out.flush();
    if (!report.problems().isEmpty()) {
      return Cli.USAGE;
    }
    return report.passed() && report.uncovered().isEmpty() ? 0 : 1;
  }
}
