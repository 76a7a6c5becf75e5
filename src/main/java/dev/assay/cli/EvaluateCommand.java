package dev.assay.cli;

import dev.assay.collect.CollectResult;
import dev.assay.evaluation.AssayEngine;
import dev.assay.evaluation.EvaluationResult;
import dev.assay.evaluation.ManualEvidenceReader;
import dev.assay.fact.ManualEvidence;
import dev.assay.report.ExportContext;
import dev.assay.report.Exports;
import dev.assay.snapshot.Snapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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
    table,
    ocsf,
    asff,
    sarif,
    csv,
    junit,
    oscal
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin EngineOptions engine;

  @Option(
      names = "--input",
      paramLabel = "DIR",
      description =
          "Snapshot directory: <accountId>/<region>/<service>.<Operation>[_<suffix>].json,"
              + " or an AWS Config snapshot or history file (.json or .json.gz).")
  Path input;

  @ArgGroup(exclusive = false, heading = "%nCollect first (with --collect):%n")
  CollectFirst collectFirst;

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
      names = "--manual-evidence",
      paramLabel = "FILE",
      description =
          "YAML or JSON file of manual evidence (evidence: [{controlId, providedAt, file|text|s3}]).")
  Path manualEvidence;

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      description =
          "Evaluate as of this ISO-8601 instant, for reproducible results (default: now).")
  Instant at;

  @Override
  public Integer call() throws IOException {
    if (input == null && collectFirst == null) {
      throw new ParameterException(spec.commandLine(), "Missing required option: '--input=DIR'");
    }
    AssayEngine assay = engine.load();
    if (collectFirst == null) {
      return evaluate(assay, input);
    }
    Path dir = input != null ? input : Files.createTempDirectory("assay-snapshot-");
    try {
      PrintWriter err = spec.commandLine().getErr();
      CollectResult collected = CollectCommand.run(collectFirst, dir, err);
      collected.summary().forEach(err::println);
      err.flush();
      // Gaps show up as ERROR findings, so the evaluation's exit code already reports them.
      return evaluate(assay, dir);
    } finally {
      if (input == null) {
        deleteTree(dir);
      }
    }
  }

  private int evaluate(AssayEngine assay, Path dir) throws IOException {
    Snapshot snapshot = assay.snapshotReader().read(dir);
    List<ManualEvidence> evidence =
        manualEvidence == null ? List.of() : ManualEvidenceReader.read(manualEvidence);
    EvaluationResult result =
        assay.evaluate(snapshot, framework, at == null ? Instant.now() : at, evidence);
    String text = Exports.parse(format.name()).orElseThrow().write(ExportContext.of(assay, result));
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    } else {
      Files.writeString(output, text, StandardCharsets.UTF_8);
    }
    return result.hasFailuresOrErrors() ? 1 : 0;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
