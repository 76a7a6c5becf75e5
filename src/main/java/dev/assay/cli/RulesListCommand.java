package dev.assay.cli;

import dev.assay.rules.RuleInfo;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code assay rules list}: the rule catalogue, one rule a line. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "List the rules of a rule directory: id, domain, severity, resource type and title.",
      "Exit 0: listed; 2: the rule base does not load."
    })
public class RulesListCommand implements Callable<Integer> {

  enum Format {
    table,
    json
  }

  /** One rule as {@code --format json} prints it; domain and severity lower case, as in DRL. */
  record Row(
      String id,
      String domain,
      String severity,
      String resourceType,
      String title,
      String file,
      int line) {

    static Row of(RuleInfo rule) {
      return new Row(
          rule.id(),
          rule.domain().id(),
          rule.severity().label(),
          rule.resourceType(),
          rule.title(),
          rule.file(),
          rule.line());
    }
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin RulesOptions rules;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    List<Row> rows = rules.load().rules().values().stream().map(Row::of).toList();
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.print(Json.write(rows));
    } else {
      out.print(table(rows));
    }
    out.flush();
    return 0;
  }

  private static String table(Collection<Row> rows) {
    String format = "%-70s %-11s %-13s %-20s %s%n";
    StringBuilder text =
        new StringBuilder(
            String.format(format, "ID", "DOMAIN", "SEVERITY", "RESOURCE TYPE", "TITLE"));
    rows.forEach(
        r ->
            text.append(
                String.format(
                    format, r.id(), r.domain(), r.severity(), r.resourceType(), r.title())));
    text.append(rows.size()).append(" rules\n");
    return text.toString();
  }
}
