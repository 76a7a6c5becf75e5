package dev.assay.cli;

import io.micronaut.runtime.Micronaut;
import picocli.CommandLine.Command;

/** Starts the HTTP service; what {@code java -jar assay.jar} does with no command. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Start the HTTP service (port 8080; MICRONAUT_SERVER_PORT overrides).",
      "Rules and frameworks come from ASSAY_RULES_DIR and ASSAY_FRAMEWORKS_DIR (default ./rules, ./frameworks)."
    })
public class ServeCommand implements Runnable {

  @Override
  public void run() {
    Micronaut.run(dev.assay.Assay.class);
  }
}
