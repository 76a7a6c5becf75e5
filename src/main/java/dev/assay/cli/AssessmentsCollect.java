package dev.assay.cli;

import dev.assay.assessment.Run;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assessments collect ID}: runs a collection and evaluation now and waits for it. */
@Command(
    name = "collect",
    mixinStandardHelpOptions = true,
    description = {
      "Collect and evaluate an assessment now, and store the run.",
      "Exit 0: stored; 1: the run failed (stored as FAILED); 2: refused."
    })
public class AssessmentsCollect implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(paramLabel = "ID", description = "Assessment ID.")
  String id;

  @Option(
      names = "--input",
      paramLabel = "SNAPSHOT_DIR",
      description = "Evaluate this snapshot directory instead of the assessment's source.")
  Path input;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    return StoreErrors.run(
        err,
        () -> {
          try (StoreOptions.Session session = store.open()) {
            Run run;
            try {
              run = session.store.runs().run(id, input, "MANUAL", store.by);
            } catch (dev.assay.assessment.AssessmentException e) {
              throw e;
            } catch (RuntimeException e) {
              err.println("assay: run failed (stored as FAILED): " + e.getMessage());
              err.flush();
              return 1;
            }
            out.println(describe(run));
            run.gaps().forEach(g -> out.println("  gap: " + g));
            run.notes().forEach(n -> out.println("  note: " + n));
            out.flush();
            return 0;
          }
        });
  }

  static String describe(Run run) {
    if (!run.succeeded()) {
      return "#"
          + run.number()
          + " "
          + run.status()
          + " at "
          + run.finishedAt()
          + ": "
          + run.error();
    }
    return "#"
        + run.number()
        + " "
        + run.status()
        + " at "
        + run.finishedAt()
        + " ("
        + run.trigger()
        + "): "
        + run.calls()
        + " calls, "
        + run.evidenceAdded()
        + " evidence items, "
        + run.gaps().size()
        + " gaps; rule base "
        + run.ruleBaseVersion()
        + ", framework "
        + run.frameworkId()
        + " "
        + run.frameworkVersion();
  }
}
