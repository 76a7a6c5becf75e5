package dev.assay.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.assessment.Run;
import dev.assay.assessment.Summaries;
import dev.assay.collect.CollectException;
import dev.assay.collect.CollectSettings;
import dev.assay.collect.SecurityHubImport;
import dev.assay.evaluation.AssayEngine;
import dev.assay.evaluation.EvaluationResult;
import dev.assay.report.AsffExport;
import dev.assay.report.ExportContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code assay export securityhub}: imports the ASFF findings of an evaluation into AWS Security
 * Hub with BatchImportFindings. Re-exporting updates the same findings (stable ids).
 */
@Command(
    name = "securityhub",
    mixinStandardHelpOptions = true,
    description = {
      "Import ASFF findings into AWS Security Hub (BatchImportFindings, 100 per call), each into",
      "the region of its resource. Re-exports update the findings, they do not duplicate them.",
      "Credentials come from the default AWS chain; the account must have Security Hub enabled.",
      "Exit 0: every finding imported; 1: some failed (listed); 2: bad input or usage."
    })
public class ExportSecurityHubCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  static final class Source {
    @Option(
        names = "--input",
        paramLabel = "PATH",
        description =
            "An ASFF JSON file (evaluate --format asff), or a snapshot directory or AWS Config"
                + " snapshot file to evaluate.")
    Path input;

    @Option(
        names = "--assessment",
        paramLabel = "ID",
        description = "Export the latest successful run of this assessment (from the store).")
    String assessment;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Mixin StoreOptions store;

  @Option(
      names = "--framework",
      paramLabel = "ID",
      description = "Framework to evaluate a snapshot against (default: the configured default).")
  String framework;

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      description = "Evaluate a snapshot as of this ISO-8601 instant (default: now).")
  Instant at;

  @Option(
      names = "--region",
      paramLabel = "REGION",
      description = "Import only the findings filed in this region (default: every region).")
  String region;

  @Option(
      names = "--endpoint-url",
      paramLabel = "URL",
      defaultValue = "${env:ASSAY_AWS_ENDPOINT_URL}",
      description = "Send the calls to this endpoint, e.g. moto (env ASSAY_AWS_ENDPOINT_URL).")
  URI endpointUrl;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    String asff = asff();
    if (asff == null) {
      return Cli.USAGE;
    }
    JsonNode findings = new ObjectMapper().readTree(asff);
    CollectSettings defaults = CollectSettings.defaults();
    CollectSettings settings =
        new CollectSettings(
            List.of(),
            null,
            null,
            List.of(),
            java.util.Set.of(),
            endpointUrl,
            defaults.concurrency(),
            defaults.maxAttempts(),
            defaults.retryMode(),
            defaults.attemptTimeout(),
            null,
            false);
    SecurityHubImport.Outcome outcome = new SecurityHubImport(settings).run(findings, region);
    out.println(
        "Imported "
            + outcome.importedCount()
            + " of "
            + (outcome.importedCount() + outcome.failed().size())
            + " findings into Security Hub in "
            + outcome.calls()
            + " BatchImportFindings calls "
            + outcome.imported());
    if (!outcome.failed().isEmpty()) {
      out.println("Failed findings:");
      outcome
          .failed()
          .forEach(f -> out.println("  " + f.id() + ": " + f.code() + ": " + f.message()));
    }
    out.flush();
    return outcome.failed().isEmpty() ? 0 : 1;
  }

  /**
   * The ASFF text: the file as given, or an evaluation written as ASFF; {@code null} when the
   * assessment store could not be read (its message is printed).
   */
  private String asff() throws Exception {
    if (source.input != null) {
      if (Files.isRegularFile(source.input) && isJsonArray(source.input)) {
        return Files.readString(source.input);
      }
      AssayEngine assay = store.engine.load();
      EvaluationResult result =
          assay.evaluate(
              assay.snapshotReader().read(source.input),
              framework,
              at == null ? Instant.now() : at,
              List.of());
      return AsffExport.write(ExportContext.of(assay, result));
    }
    String[] text = new String[1];
    int exit =
        StoreErrors.run(
            spec.commandLine().getErr(),
            () -> {
              try (StoreOptions.Session session = store.open()) {
                text[0] = latestRun(session);
                return 0;
              }
            });
    // The store's own message is printed already.
    return exit == 0 ? text[0] : null;
  }

  /** An ASFF file is a JSON array; any other file is evaluated (an AWS Config snapshot). */
  private static boolean isJsonArray(Path file) throws IOException {
    try (var in = Files.newBufferedReader(file)) {
      int c;
      do {
        c = in.read();
      } while (c != -1 && Character.isWhitespace(c));
      return c == '[';
    }
  }

  private String latestRun(StoreOptions.Session session) throws IOException {
    String id = source.assessment;
    Run run = session.store.summaries().summary(id).lastSuccessfulRun();
    if (run == null) {
      throw new CollectException("assessment " + id + " has no successful run to export yet");
    }
    Summaries.RunDetail detail = session.store.summaries().run(id, run.id());
    AssayEngine assay = store.engine.load();
    EvaluationResult result =
        new EvaluationResult(
            run.ruleBaseVersion(),
            run.frameworkId(),
            run.frameworkVersion(),
            run.evaluatedAt().toString(),
            List.of(),
            detail.findings(),
            detail.controls(),
            detail.tasks());
    return AsffExport.write(
        new ExportContext(
            result,
            assay.frameworks().find(run.frameworkId()).orElse(null),
            assay.ruleBase().rules(),
            ExportContext.currentVersion(),
            id,
            ExportContext.DEFAULT_VALIDITY));
  }
}
