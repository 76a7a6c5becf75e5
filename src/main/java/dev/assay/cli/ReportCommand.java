package dev.assay.cli;

import dev.assay.report.ReportException;
import dev.assay.report.ReportRecord;
import dev.assay.report.ReportRequest;
import dev.assay.report.ReportSettings;
import dev.assay.report.ReportVerification;
import dev.assay.report.ReportVerifier;
import dev.assay.report.Reports;
import dev.assay.report.SigningKey;
import dev.assay.report.SigningKeys;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assay report}: build an assessment report zip, verify one, print the public key. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Build a signed assessment report (zip), or verify one.",
    subcommands = {
      ReportCommand.Create.class,
      ReportCommand.Verify.class,
      ReportCommand.PublicKey.class
    })
public class ReportCommand implements Runnable {

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = {
        "Build a report of an assessment's evidence; prints the zip's location on its last line.",
        "Exit 0: written; 1: the evidence does not verify or the destination failed;"
            + " 2: bad input, or more evidence than one report may hold."
      })
  static class Create implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin StoreOptions store;

    @Parameters(paramLabel = "ASSESSMENT_ID")
    String id;

    @Option(
        names = "--output",
        paramLabel = "FILE.zip",
        description = "Write here instead of the assessment's report destination.")
    Path output;

    @Option(names = "--control-sets", split = ",", paramLabel = "ID", description = "Only these.")
    List<String> controlSets;

    @Option(names = "--controls", split = ",", paramLabel = "ID", description = "Only these.")
    List<String> controls;

    @Option(
        names = "--data-sources",
        split = ",",
        paramLabel = "SOURCE",
        description = "Only evidence from: manual, a service (sagemaker) or service.Operation.")
    List<String> dataSources;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Collected on or after.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Collected on or before.")
    String to;

    @Option(names = "--name", description = "Report name (default: assessment name and time).")
    String name;

    @Option(names = "--description")
    String description;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      return StoreErrors.run(
          err,
          () -> {
            ReportSettings settings = settings();
            try (StoreOptions.Session session = store.open()) {
              Reports reports =
                  new Reports(
                      session.store,
                      fw -> store.engine.load().frameworks().find(fw),
                      settings,
                      () -> SigningKeys.load(settings),
                      Clock.systemUTC(),
                      Path.of(System.getProperty("java.io.tmpdir")));
              ReportRequest request =
                  new ReportRequest(
                      name, description, controlSets, controls, dataSources, from, to);
              ReportRecord r = reports.create(id, request, store.by, output);
              out.println(
                  "Report "
                      + r.id()
                      + ": "
                      + r.evidenceItems()
                      + " evidence items, "
                      + r.files()
                      + " files, "
                      + r.sizeBytes()
                      + " bytes, sha256 "
                      + r.sha256()
                      + ", signed "
                      + r.signatureAlgorithm()
                      + " key "
                      + r.keyId());
              out.println(r.location());
              out.flush();
              return 0;
            } catch (ReportException e) {
              return fail(err, e);
            }
          });
    }
  }

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Check a report zip: every file against the signed digest, and the signature.",
        "Exit 0: it verifies; 1: it does not (each problem is named); 2: not a readable zip.",
        "The signature is checked with --public-key, else this installation's report key,"
            + " else the archive's own public-key.pem (which only shows it is whole)."
      })
  static class Verify implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE.zip")
    Path file;

    @Option(names = "--public-key", paramLabel = "PEM", description = "The key you trust.")
    Path publicKey;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try {
        if (!Files.isRegularFile(file)) {
          throw new ReportException(
              ReportException.Kind.UNUSABLE, "not-a-report", "no such file: " + file);
        }
        SigningKey key;
        String source;
        if (publicKey != null) {
          key = SigningKey.publicOnly(readPem(publicKey));
          source = "given";
        } else {
          key = SigningKeys.existing(settings());
          source = "configured";
        }
        ReportVerification v = ReportVerifier.verify(file, key, source);
        String by = " (key " + v.trustedKeyId() + ", " + v.keySource() + ")";
        if (v.verified()) {
          out.println("Report " + file + " verifies: " + v.files() + " files" + by + ".");
        } else {
          out.println("Report " + file + " does NOT verify" + by + ":");
          v.problems().forEach(p -> out.println("  " + p.message()));
        }
        if ("embedded".equals(v.keySource())) {
          out.println(
              "Note: checked with the archive's own public key; pass --public-key to check who"
                  + " signed it.");
        }
        out.flush();
        return v.verified() ? 0 : 1;
      } catch (ReportException e) {
        return fail(err, e);
      }
    }
  }

  @Command(
      name = "public-key",
      mixinStandardHelpOptions = true,
      description = "Print the PEM public key this installation signs reports with.")
  static class PublicKey implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      try {
        spec.commandLine().getOut().print(SigningKeys.load(settings()).publicPem());
        spec.commandLine().getOut().flush();
        return 0;
      } catch (ReportException e) {
        return fail(spec.commandLine().getErr(), e);
      }
    }
  }

  private static int fail(PrintWriter err, ReportException e) {
    err.println("assay: " + e.getMessage());
    err.flush();
    return switch (e.kind()) {
      case CONFLICT, DESTINATION, GONE -> 1;
      default -> Cli.USAGE;
    };
  }

  private static String readPem(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReportException(
          ReportException.Kind.UNUSABLE,
          "not-a-report",
          "cannot read " + file + ": " + e.getMessage());
    }
  }

  /** The service's assay.reports.* settings (application.yml and environment variables). */
  static ReportSettings settings() {
    try (ApplicationContext context = ApplicationContext.builder().build()) {
      Environment env = context.getEnvironment().start();
      ReportSettings d = ReportSettings.defaults(Path.of("data"));
      String p = "assay.reports.";
      return new ReportSettings(
          env.getProperty(p + "signing-key", Path.class).orElse(null),
          env.getProperty(p + "public-key", Path.class).orElse(null),
          env.getProperty(p + "key-dir", Path.class).orElse(d.keyDir()),
          env.getProperty(p + "default-destination", String.class).orElse(d.defaultDestination()),
          env.getProperty(p + "max-evidence-items", Integer.class).orElse(d.maxEvidenceItems()),
          env.getProperty(p + "s3-endpoint-url", String.class).orElse(null),
          env.getProperty(p + "s3-region", String.class).orElse(null));
    }
  }
}
