package dev.assay.cli;

import dev.assay.assessment.Retention;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code assay evidence purge}: applies the retention policy now. */
@Command(
    name = "purge",
    mixinStandardHelpOptions = true,
    description = {
      "Purge evidence content past the retention period (assay.assessments.retention, P7Y by"
          + " default) of assessments that became INACTIVE longer ago than that.",
      "Items and their hashes stay, so every chain still verifies; only stored bodies and files"
          + " go."
    })
class EvidencePurgeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOptions store;

  @Override
  public Integer call() throws Exception {
    return store.run(
        spec,
        (session, out) -> {
          Retention retention = session.store.retention();
          Retention.Purge purge = retention.purge();
          out.println(
              "Retention "
                  + retention.period()
                  + ": evidence collected before "
                  + purge.cutoff()
                  + " in "
                  + purge.assessments()
                  + " inactive assessments; "
                  + purge.contents()
                  + " contents purged, "
                  + purge.deleted()
                  + " bodies and files deleted.");
          out.flush();
          return 0;
        });
  }
}
