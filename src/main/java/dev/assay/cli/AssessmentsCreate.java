package dev.assay.cli;

import dev.assay.assessment.Assessment;
import dev.assay.assessment.NewAssessment;
import dev.assay.assessment.Run;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code assessments create}: prints the new assessment's ID on the last line. */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    description = {
      "Create an assessment and run its first collection (unless --no-collect).",
      "The new assessment's ID is the last line of the output."
    })
public class AssessmentsCreate implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(names = "--name", required = true, description = "Name (1 to 300 characters).")
  String name;

  @Option(names = "--description", description = "Description (up to 1000 characters).")
  String description;

  @Option(
      names = "--framework",
      paramLabel = "ID",
      description = "Framework (default: the default framework); its version is pinned.")
  String framework;

  @Option(
      names = "--accounts",
      split = ",",
      required = true,
      paramLabel = "ID",
      description = "Accounts in scope (12 digits each).")
  List<String> accounts;

  @Option(
      names = "--regions",
      split = ",",
      required = true,
      paramLabel = "REGION",
      description = "Regions in scope.")
  List<String> regions;

  @Option(names = "--owner", paramLabel = "USER", description = "Audit owner (repeatable).")
  List<String> owners = new ArrayList<>();

  @Option(
      names = "--report-destination",
      paramLabel = "DIR|s3://BUCKET/PREFIX",
      description = "Where reports go.")
  String reportDestination;

  @Option(names = "--tag", paramLabel = "KEY=VALUE", description = "Tag (repeatable).")
  Map<String, String> tags = new LinkedHashMap<>();

  @Option(
      names = "--input",
      paramLabel = "SNAPSHOT_DIR",
      description = "Evaluate this snapshot directory on every run instead of collecting from AWS.")
  Path input;

  @Option(names = "--no-collect", description = "Do not run the first collection now.")
  boolean noCollect;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    return StoreErrors.run(
        err,
        () -> {
          try (StoreOptions.Session session = store.open()) {
            Assessment a =
                session
                    .store
                    .assessments()
                    .create(
                        new NewAssessment(
                            name,
                            description,
                            framework,
                            accounts,
                            regions,
                            owners,
                            reportDestination,
                            tags,
                            input == null ? null : input.toString()),
                        store.by);
            out.println(
                "Created assessment "
                    + a.name()
                    + " on "
                    + a.frameworkId()
                    + " "
                    + a.frameworkVersion()
                    + " ("
                    + a.frameworkHash()
                    + "), rule base "
                    + a.ruleBaseVersion()
                    + ".");
            int exit = 0;
            if (!noCollect) {
              try {
                Run run = session.store.runs().run(a.id(), null, "CREATE", store.by);
                out.println(AssessmentsCollect.describe(run));
              } catch (RuntimeException e) {
                out.println("First run failed: " + e.getMessage());
                exit = 1;
              }
            }
            out.println(a.id());
            out.flush();
            return exit;
          }
        });
  }
}
