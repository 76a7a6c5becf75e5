package dev.assay.cli;

import dev.assay.assessment.Assessment;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code assessments list}: one line per assessment. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List assessments.")
public class AssessmentsList implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOptions store;

  @Override
  public Integer call() throws Exception {
    return store.run(
        spec,
        (session, out) -> {
          out.printf("%-36s  %-8s  %-20s  %s%n", "ID", "STATUS", "FRAMEWORK", "NAME");
          for (Assessment a : session.store.assessments().list()) {
            out.printf(
                "%-36s  %-8s  %-20s  %s%n",
                a.id(), a.status(), a.frameworkId() + " " + a.frameworkVersion(), a.name());
          }
          out.flush();
          return 0;
        });
  }
}
