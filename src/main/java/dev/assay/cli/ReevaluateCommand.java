package dev.assay.cli;

import dev.assay.assessment.DryRun;
import dev.assay.evaluation.AssayEngine;
import dev.assay.evaluation.ResultDiff;
import dev.assay.reload.Candidate;
import dev.assay.reload.CandidateCheck;
import dev.assay.reload.EngineSource;
import dev.assay.snapshot.Snapshot;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code assay reevaluate --dry-run}: what a rule or framework change would do to results, before
 * it goes live. Evaluates a snapshot, or the assessments' stored evidence, with the current rules
 * and with the candidate, at the same instant, and prints the status changes.
 */
@Command(
    name = "reevaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Re-evaluate stored evidence with the current rules (--current-rules,",
      "--frameworks), without calling AWS: a job over the latest run's evidence of the",
      "named assessments (--assessments) or of every active one, storing one new run",
      "each (marked REEVALUATION), with a progress bar on stderr. --resume ID goes on",
      "with an interrupted, cancelled or failed job. Exit 0: succeeded; 1: some",
      "assessments failed (listed on stderr) or the job was cancelled; 2: usage or",
      "refused (e.g. another job is running).",
      "With --dry-run: preview a rule change instead, storing nothing: evaluate",
      "evidence with the current rules and with candidate rules (--rules), and print",
      "every (rule, resource) and control whose status changes. The evidence is a",
      "snapshot (--input), or else the stored evidence as above.",
      "Exit 0: compared; 1: the candidate is rejected (problems on stderr); 2: usage."
    })
public class ReevaluateCommand implements Callable<Integer> {

  enum Format {
    json,
    table
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--dry-run", description = "Compare with candidate rules only; store nothing.")
  boolean dryRun;

  @Option(
      names = "--resume",
      paramLabel = "JOB",
      description = "Resume this re-evaluation job with the assessments it has not done.")
  String resume;

  @Option(
      names = "--parallelism",
      paramLabel = "N",
      defaultValue = "2",
      description = "Assessments re-evaluated at the same time (default: ${DEFAULT-VALUE}).")
  int parallelism;

  @Option(
      names = "--by",
      paramLabel = "USER",
      defaultValue = "${sys:user.name}",
      description = "Who starts the job, for the change log (default: ${DEFAULT-VALUE}).")
  String by;

  @Option(
      names = "--input",
      paramLabel = "DIR",
      description = "Snapshot directory to evaluate; without it, the assessment store's evidence.")
  Path input;

  @Option(
      names = "--assessments",
      paramLabel = "ID",
      split = ",",
      description = "Assessments whose latest run's evidence to use (default: every active one).")
  List<String> assessments = new ArrayList<>();

  @Option(
      names = "--since",
      paramLabel = "WHEN",
      description =
          "Only assessments whose latest evidence was collected at or after this ISO-8601 instant"
              + " or this long ago (a duration: P7D, PT12H); with --assessments, only those of them.")
  String since;

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      description =
          "Assessment store (default: the service's: ./data/assay, or DATASOURCES_DEFAULT_URL).")
  String db;

  @Option(
      names = "--rules",
      paramLabel = "DIR",
      description = "Candidate rule directory (--dry-run only, where it is required).")
  Path rules;

  @Option(
      names = "--current-rules",
      paramLabel = "DIR",
      defaultValue = "${env:ASSAY_RULES_DIR:-rules}",
      description = "Rule directory to compare against (default: ${DEFAULT-VALUE}).")
  Path currentRules;

  @Option(
      names = "--frameworks",
      paramLabel = "DIR",
      defaultValue = "${env:ASSAY_FRAMEWORKS_DIR:-frameworks}",
      description = "Framework directory (default: ${DEFAULT-VALUE}).")
  Path frameworks;

  @Option(
      names = "--candidate-frameworks",
      paramLabel = "DIR",
      description = "Candidate framework directory (default: the --frameworks one).")
  Path candidateFrameworks;

  @Option(
      names = "--default-framework",
      paramLabel = "ID",
      hidden = true,
      defaultValue = "${env:ASSAY_DEFAULT_FRAMEWORK:-" + AssayEngine.DEFAULT_FRAMEWORK + "}")
  String defaultFramework;

  @Option(
      names = "--framework",
      paramLabel = "ID",
      description = "Framework to evaluate (default: the configured default framework).")
  String framework;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      description = "Evaluate both as of this ISO-8601 instant (default: now).")
  Instant at;

  @Override
  public Integer call() throws Exception {
    if (!dryRun) {
      return new ReevaluationJobRun(this).call();
    }
    if (rules == null) {
      throw new ParameterException(spec.commandLine(), "--dry-run needs --rules CANDIDATE_DIR");
    }
    if (resume != null) {
      throw new ParameterException(spec.commandLine(), "--resume is not for a dry run");
    }
    if (input != null && !assessments.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give --input or --assessments, not both");
    }
    AssayEngine current = AssayEngine.load(currentRules, frameworks, defaultFramework);
    PrintWriter out = spec.commandLine().getOut();
    Candidate candidate =
        CandidateCheck.check(
            new EngineSource(
                rules,
                candidateFrameworks == null ? frameworks : candidateFrameworks,
                defaultFramework,
                null));
    if (!candidate.valid()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("assay: candidate rules rejected");
      candidate.problems().forEach(err::println);
      err.flush();
      return 1;
    }
    ResultDiff diff =
        input == null ? stored(current, candidate.engine()) : snapshot(current, candidate.engine());
    out.print(format == Format.json ? Json.write(diff) : table(diff));
    out.flush();
    return 0;
  }

  private ResultDiff snapshot(AssayEngine current, AssayEngine candidate) {
    Snapshot snapshot = current.snapshotReader().read(input);
    Instant when = at == null ? Instant.now() : at;
    return ResultDiff.between(
        current.evaluate(snapshot, framework, when),
        candidate.evaluate(snapshot, framework, when),
        null);
  }

  /** Each assessment's latest run's evidence, as of that run, on its own framework. */
  private ResultDiff stored(AssayEngine current, AssayEngine candidate) {
    StoreOptions options = new StoreOptions();
    options.db = db;
    options.engine = new EngineOptions();
    options.engine.rules = currentRules;
    options.engine.frameworks = frameworks;
    options.engine.defaultFramework = defaultFramework;
    try (StoreOptions.Session session = options.open()) {
      return DryRun.of(session.store.storedEvidence().latest(assessments), current, candidate);
    }
  }

  static String table(ResultDiff diff) {
    StringBuilder text = new StringBuilder();
    text.append("Rule base ")
        .append(diff.currentRuleBase())
        .append(" -> ")
        .append(diff.candidateRuleBase())
        .append('\n');
    for (ResultDiff.Change c : diff.changes()) {
      String what =
          (c.assessmentId() == null ? "" : c.assessmentId() + "  ")
              + (c.ruleId() != null
                  ? "finding  " + c.ruleId() + "  " + c.resourceArn()
                  : "control  " + c.controlId());
      text.append(String.format("%-8s -> %-8s  %s\n", none(c.from()), none(c.to()), what));
    }
    text.append(diff.counts().findings())
        .append(" finding and ")
        .append(diff.counts().controls())
        .append(" control status changes")
        .append(diff.counts().transitions().isEmpty() ? "" : " " + diff.counts().transitions())
        .append(".\n");
    return text.toString();
  }

  private static String none(String status) {
    return status == null ? "(none)" : status;
  }
}
