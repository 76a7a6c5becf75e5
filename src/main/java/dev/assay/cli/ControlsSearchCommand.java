package dev.assay.cli;

import dev.assay.evaluation.AssayEngine;
import dev.assay.evaluation.UnknownFrameworkException;
import dev.assay.framework.ControlSearchResult;
import dev.assay.framework.LibraryControl;
import dev.assay.framework.LibraryType;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assay controls search}: the CLI door onto {@code GET /api/v1/controls}. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the control library by name, keywords, data sources, rules and description.",
      "Every word must match (any case); names rank above keywords, keywords above descriptions.",
      "Exit 0: some control matched; 1: none did; 2: bad input or usage."
    })
public class ControlsSearchCommand implements Callable<Integer> {

  enum Format {
    table,
    json
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin EngineOptions engine;

  @Parameters(
      arity = "0..*",
      paramLabel = "QUERY",
      description = "Words to search for; none lists the whole library.")
  List<String> query = new ArrayList<>();

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description = "Only controls of this type: ${COMPLETION-CANDIDATES}.")
  LibraryType type;

  @Option(
      names = "--framework",
      paramLabel = "ID",
      description = "Only controls of this framework.")
  String framework;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    AssayEngine assay = engine.load();
    if (framework != null && assay.frameworks().find(framework).isEmpty()) {
      throw new UnknownFrameworkException(framework, assay.frameworks());
    }
    ControlSearchResult result =
        ControlSearchResult.of(
            assay.frameworks().library(), String.join(" ", query), type, framework);
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.json ? result.toJson() : table(result));
    out.flush();
    return result.count() > 0 ? 0 : 1;
  }

  private static String table(ControlSearchResult result) {
    StringBuilder text = new StringBuilder();
    text.append(
        String.format("%-32s %-8s %-11s %-40s %s%n", "ID", "TYPE", "DOMAIN", "FRAMEWORKS", "NAME"));
    for (LibraryControl c : result.controls()) {
      text.append(
          String.format(
              "%-32s %-8s %-11s %-40s %s%n",
              c.id(),
              c.type().name().toLowerCase(Locale.ROOT),
              c.domain(),
              c.frameworks().isEmpty() ? "-" : String.join(",", c.frameworks()),
              c.name()));
    }
    text.append(result.count()).append(result.count() == 1 ? " control" : " controls").append('\n');
    return text.toString();
  }
}
