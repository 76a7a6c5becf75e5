package dev.assay.cli;

import dev.assay.collect.CollectResult;
import dev.assay.collect.Collection;
import dev.assay.collect.Collectors;
import dev.assay.collect.Progress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code assay collect}: reads AWS into a snapshot directory. */
@Command(
    name = "collect",
    mixinStandardHelpOptions = true,
    description = {
      "Collect AWS API responses into a snapshot directory that evaluate reads.",
      "Credentials come from the default AWS chain. Failed calls are written as error envelopes.",
      "Exit 0: complete; 1: collected with gaps (listed); 2: bad input or usage."
    })
public class CollectCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "DIR",
      description = "Snapshot directory to create (must be empty or absent).")
  Path output;

  @Mixin CollectOptions collect;

  @Override
  public Integer call() {
    CollectResult result = run(collect, output, spec.commandLine().getErr());
    PrintWriter out = spec.commandLine().getOut();
    result.summary().forEach(out::println);
    out.flush();
    return result.complete() ? 0 : 1;
  }

  /** Runs a collection with progress on {@code progressOut}; shared with evaluate --collect. */
  static CollectResult run(CollectOptions options, Path output, PrintWriter progressOut) {
    return new Collection(
            options.settings(), Collectors.standard(), Progress.to(progressOut), Clock.systemUTC())
        .run(output);
  }
}
