package dev.assay.reload;

import dev.assay.evaluation.AssayEngine;
import dev.assay.evaluation.RuleCaseReport;
import dev.assay.evaluation.RuleCaseResult;
import dev.assay.evaluation.RuleCaseRunner;
import dev.assay.evaluation.UnknownFrameworkException;
import dev.assay.framework.FrameworkException;
import dev.assay.rules.RuleBaseException;
import dev.assay.rules.RuleProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a rule base and frameworks may serve: the rules compile and have their metadata,
 * the frameworks load and reference only existing rules, the default framework exists, a canary
 * evaluation runs on every framework (some mistakes surface only when rules fire), and, when a
 * cases directory is given, every rule case passes. The service's reload, {@code POST
 * /api/v1/rules/validate} and {@code assay rules validate} all ask this one check.
 */
public final class CandidateCheck {

  private CandidateCheck() {}

  public static Candidate check(EngineSource source) {
    AssayEngine engine;
    try {
      engine =
          AssayEngine.load(source.rulesDir(), source.frameworksDir(), source.defaultFramework());
      engine.framework(null);
    } catch (RuleBaseException e) {
      return new Candidate(null, e.problems().stream().map(RuleProblem::toString).toList());
    } catch (FrameworkException e) {
      return new Candidate(null, List.copyOf(e.problems()));
    } catch (UnknownFrameworkException e) {
      return new Candidate(null, List.of("default framework: " + e.getMessage()));
    } catch (RuntimeException e) {
      // Anything else the loaders let escape is still a problem of the candidate, not a crash.
      return new Candidate(null, List.of(source.rulesDir() + ": cannot load: " + e));
    }
    List<String> problems = new ArrayList<>(Canary.run(engine));
    if (problems.isEmpty() && source.casesDir() != null) {
      problems.addAll(cases(engine, source));
    }
    return problems.isEmpty() ? new Candidate(engine, List.of()) : new Candidate(null, problems);
  }

  /** Case-file problems and failed cases; coverage gaps are not a reason to refuse rules. */
  static List<String> cases(AssayEngine engine, EngineSource source) {
    RuleCaseReport report = RuleCaseRunner.of(engine).run(source.casesDir());
    List<String> problems = new ArrayList<>(report.problems());
    for (RuleCaseResult failure : report.failures()) {
      for (String difference : failure.differences()) {
        problems.add(failure.file() + ": " + failure.displayName() + ": " + difference);
      }
    }
    return problems;
  }
}
