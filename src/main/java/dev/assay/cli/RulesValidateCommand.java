package dev.assay.cli;

import dev.assay.reload.Candidate;
import dev.assay.reload.CandidateCheck;
import dev.assay.reload.EngineSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code assay rules validate}: the check a running service makes before it takes a rule change,
 * offline, as {@code custodian validate} and {@code opa check} are.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check a rule directory as the service checks a change before taking it: the",
      "rules compile and have metadata, the frameworks load and reference only",
      "existing rules, a canary evaluation runs, and (with --cases) every rule case",
      "passes. Prints each problem as file:line: message.",
      "Exit 0: valid; 1: problems; 2: usage."
    })
public class RulesValidateCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin EngineOptions engine;

  @Option(
      names = "--cases",
      paramLabel = "DIR",
      description = "Rule case directory (<cases>/<domain>/<rule_id>.yaml); none by default.")
  Path cases;

  @Override
  public Integer call() {
    Candidate candidate =
        CandidateCheck.check(
            new EngineSource(engine.rules, engine.frameworks, engine.defaultFramework, cases));
    PrintWriter out = spec.commandLine().getOut();
    candidate.problems().forEach(out::println);
    if (candidate.valid()) {
      out.println(
          "valid: "
              + candidate.engine().ruleBase().rules().size()
              + " rules (rule base "
              + candidate.engine().ruleBase().version()
              + "), "
              + candidate.engine().frameworks().frameworks().size()
              + " frameworks (frameworks "
              + candidate.engine().frameworks().version()
              + ")"
              + (cases == null ? "" : ", rule cases pass"));
    } else {
      int count = candidate.problems().size();
      out.println(count + (count == 1 ? " problem." : " problems."));
    }
    out.flush();
    return candidate.valid() ? 0 : 1;
  }
}
