package dev.assay.cli;

import dev.assay.evaluation.AssayEngine;
import dev.assay.evaluation.EvaluationResult;
import dev.assay.report.ResultJson;
import dev.assay.report.ResultTable;
import dev.assay.snapshot.Snapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code assay evaluate}: evaluates a snapshot directory and prints or writes the result. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate an AWS response snapshot against a framework.",
      "Exit 0: no FAIL or ERROR; 1: some FAIL or ERROR; 2: bad input or usage."
    })
public class EvaluateCommand implements Callable<Integer> {

  enum Format {
    json,
    table
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin EngineOptions engine;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "DIR",
      description = "Snapshot directory: <accountId>/<region>/<service>.<Operation>[_<suffix>].json")
  Path input;

  @Option(
      names = "--framework",
      paramLabel = "ID",
      description = "Framework to evaluate (default: the configured default framework).")
  String framework;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
  Path output;

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      description = "Evaluate as of this ISO-8601 instant, for reproducible results (default: now).")
  Instant at;

  @Override
  public Integer call() throws IOException {
    AssayEngine assay = engine.load();
    Snapshot snapshot = assay.snapshotReader().read(input);
    EvaluationResult result =
        assay.evaluate(snapshot, framework, at == null ? Instant.now() : at);
    String text = format == Format.json ? ResultJson.write(result) : ResultTable.write(result);
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    } else {
      Files.writeString(output, text, StandardCharsets.UTF_8);
    }
    return result.hasFailuresOrErrors() ? 1 : 0;
  }
}
