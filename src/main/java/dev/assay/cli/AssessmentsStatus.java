package dev.assay.cli;

import dev.assay.assessment.Assessment;
import dev.assay.assessment.AssessmentStatus;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assessments status ID --set INACTIVE}: INACTIVE is final and makes it read-only. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Set an assessment's status; INACTIVE is final and makes it read-only.")
public class AssessmentsStatus implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(paramLabel = "ID", description = "Assessment ID.")
  String id;

  @Option(
      names = "--set",
      required = true,
      paramLabel = "STATUS",
      description = "${COMPLETION-CANDIDATES}.")
  AssessmentStatus status;

  @Override
  public Integer call() throws Exception {
    return store.run(
        spec,
        (session, out) -> {
          Assessment a = session.store.assessments().setStatus(id, status, store.by);
          out.println("Assessment " + a.id() + " is " + a.status() + ".");
          out.flush();
          return 0;
        });
  }
}
