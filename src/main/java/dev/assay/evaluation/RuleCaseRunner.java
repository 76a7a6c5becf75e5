package dev.assay.evaluation;

import dev.assay.fact.EvaluationContext;
import dev.assay.fact.RuleParameters;
import dev.assay.rules.EvidenceRequest;
import dev.assay.rules.Firings;
import dev.assay.rules.RuleBase;
import dev.assay.rules.RuleInfo;
import dev.assay.snapshot.InlineSnapshots;
import dev.assay.snapshot.Normalization;
import dev.assay.snapshot.NormalizedSnapshot;
import dev.assay.snapshot.Snapshot;
import dev.assay.snapshot.SnapshotException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs rule cases: small AWS response snapshots with the findings one rule must report on them, as
 * OPA's YAML test cases do. Cases go through the normalizers and the whole rule base, so they test
 * parsing, rule and judging together, and analysts can write them from real AWS CLI output.
 *
 * <h2>The case file</h2>
 *
 * One file per rule, {@code <cases dir>/<domain>/<rule_id>.yaml}, the folder named for the DRL file
 * the rule lives in:
 *
 * <pre>
 * rule: sagemaker_notebook_instance_root_access_disabled   # optional; must match the file name
 * description: ...                                          # optional prose
 * now: 2026-12-01T00:00:00Z   # optional evaluation clock for every case (this is the default)
 * parameters: {max_days: 30}  # optional: rule parameters overriding parameters.yaml, by name
 * background:              # optional: responses every case gets, unless the case has a response
 *   - service: sagemaker   # at the same place (account, region, service, operation, suffix),
 *     operation: ListNotebookInstances   # which then replaces it; "background: false" in a case
 *     response: {NotebookInstances: []}  # turns it off for that case
 * cases:
 *   - name: root access enabled fails        # unique in the file; the test is "&lt;rule_id&gt;: &lt;name&gt;"
 *     now: ...                                # optional; a case may also set its own parameters
 *     responses:                              # the inline snapshot form, as POST /api/v1/evaluations:
 *       - service: sagemaker                  #   accountId (default 111111111111),
 *         operation: DescribeNotebookInstance #   region (default us-east-1), service, operation,
 *         suffix: nb-open                     #   suffix?, request?, and response or error
 *         response: {NotebookInstanceName: nb-open, RootAccess: Enabled, ...}
 *       - service: sagemaker
 *         operation: ListNotebookInstances
 *         error: {Code: AccessDeniedException, Message: ...}   # a failed call
 *     fired: [sagemaker_notebook_instance_root_access_disabled]   # EXACTLY the rules the whole
 *                                             # rule base fires on these facts ([] for none)
 *     expect:                                 # EXACTLY the findings of this file's rule, any order
 *       - resourceArn: arn:aws:sagemaker:us-east-1:111111111111:notebook-instance/nb-open
 *         status: FAIL                        # PASS, FAIL, ERROR or NOT_APPLICABLE
 *         reason: Notebook instance nb-open gives its users root access.   # optional; exact
 *     requests:                               # EXACTLY the evidence requests of this file's rule
 *       - resourceArn: arn:aws:sagemaker:...:endpoint/ep-chat   # any order; optional, but
 *         instructions: Upload ...            # required for a rule with @output("evidence")
 * </pre>
 *
 * <p>A rule annotated {@code @output("evidence")} asks people for evidence instead of detecting
 * violations: it inserts {@code EvidenceRequest}s, which the evaluator turns into manual-evidence
 * tasks of the controls that map the rule, and has no findings of its own. Its cases assert {@code
 * requests} (a case with some, a case with none) and may leave out {@code expect}; the catalogue
 * meta-test asks no FAIL, PASS or ERROR case of it.
 *
 * <p>A response is the JSON the AWS CLI prints ({@code aws sagemaker describe-notebook-instance}),
 * written as YAML or pasted as JSON (JSON is YAML). Put a {@code request} where the response alone
 * does not say which resource it is about, or give the resource's name as {@code suffix}, as a
 * snapshot file name would. Entries for operations no normalizer reads fail the case, since they
 * are almost always typos. Every case needs {@code name}, {@code responses}, {@code fired} and
 * {@code expect}; unknown keys are errors. Quote account IDs ({@code "222222222222"}) and numeric
 * suffixes, or YAML reads them as numbers (they still work, but read better quoted).
 *
 * <h2>Running</h2>
 *
 * Each case is normalized and fired on the whole rule base, with its gaps and an evaluation context
 * (clock and parameters) as {@link Evaluator} does; then only the file's rule is judged. The report
 * gives each case's differences as readable lines and, per rule, whether some case fires it and
 * some case leaves it silent (counting passing cases only).
 */
public final class RuleCaseRunner {

  private static final Pattern INLINE_INDEX = Pattern.compile("^responses\\[(\\d+)]");

  private final RuleBase ruleBase;
  private final Normalization normalization;
  private final InlineSnapshots inlineSnapshots;

  public RuleCaseRunner(RuleBase ruleBase) {
    this(ruleBase, Normalization.standard());
  }

  public RuleCaseRunner(RuleBase ruleBase, Normalization normalization) {
    this.ruleBase = ruleBase;
    this.normalization = normalization;
    this.inlineSnapshots = new InlineSnapshots(normalization.knownOperations());
  }

  public static RuleCaseRunner of(AssayEngine engine) {
    return new RuleCaseRunner(engine.ruleBase());
  }

  /** Loads every case file under {@code casesDir}, runs every case and measures coverage. */
  public RuleCaseReport run(Path casesDir) {
    List<String> problems = new ArrayList<>();
    List<RuleCaseFile> files = new RuleCaseLoader().load(casesDir, problems);
    problems.addAll(check(files));
    List<RuleCaseResult> results = new ArrayList<>();
    for (RuleCaseFile file : files) {
      if (ruleBase.rule(file.ruleId()).isPresent()) {
        file.cases().forEach(c -> results.add(run(file, c)));
      }
    }
    return new RuleCaseReport(
        List.copyOf(problems),
        List.copyOf(results),
        RuleCaseCoverage.measure(ruleBase, files, results));
  }

  /** Files that name no rule, sit in the wrong folder, or duplicate another rule's file. */
  public List<String> check(List<RuleCaseFile> files) {
    List<String> problems = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (RuleCaseFile file : files) {
      RuleInfo rule = ruleBase.rule(file.ruleId()).orElse(null);
      if (rule == null) {
        problems.add(file.path() + ": no rule " + file.ruleId() + " in the rule base");
        continue;
      }
      if (!rule.domain().id().equals(file.folder())) {
        problems.add(
            file.path()
                + ": rule "
                + rule.id()
                + " is in "
                + rule.file()
                + "; move the file to "
                + rule.domain().id()
                + "/"
                + rule.id()
                + ".yaml");
      }
      String other = seen.putIfAbsent(file.ruleId(), file.path());
      if (other != null) {
        problems.add(file.path() + ": " + other + " already holds the cases of " + file.ruleId());
      }
    }
    return problems;
  }

  /** Runs one case of a file whose rule exists. */
  public RuleCaseResult run(RuleCaseFile file, RuleCase c) {
    RuleInfo rule =
        ruleBase
            .rule(file.ruleId())
            .orElseThrow(() -> new IllegalArgumentException("no rule " + file.ruleId()));
    Snapshot snapshot;
    try {
      snapshot = inlineSnapshots.build(c.responses());
    } catch (SnapshotException e) {
      return failed(file, c, List.of(relabel(e.getMessage(), c)));
    }
    List<String> differences = new ArrayList<>();
    snapshot.skipped().forEach(s -> differences.add(relabel(s, c) + " (a typo?)"));
    NormalizedSnapshot normalized = normalization.normalize(snapshot);
    List<Object> facts = new ArrayList<>(normalized.facts());
    facts.addAll(normalized.gaps());
    facts.add(new EvaluationContext(c.now(), parameters(c)));
    Firings firings = ruleBase.fire(facts);
    RuleJudge judge =
        new RuleJudge(new FactIndex(normalized), RuleJudge.index(firings.violations()));
    // An evidence-request rule's output is its requests (tasks), not findings: as the Evaluator.
    List<Finding> findings =
        rule.requestsEvidence() ? List.of() : judge.judge(rule, List.of(), normalized.scopes());
    List<EvidenceRequest> requests =
        firings.evidenceRequests().stream().filter(r -> r.ruleId().equals(rule.id())).toList();
    TreeSet<String> fired = new TreeSet<>(firings.firedRules());
    differences.addAll(RuleCaseDiff.fired(c.fired(), fired, ruleBase.rules().keySet()));
    differences.addAll(RuleCaseDiff.findings(c.expect(), findings));
    if (c.requests() != null) {
      differences.addAll(RuleCaseDiff.requests(c.requests(), requests));
    } else if (rule.requestsEvidence()) {
      differences.add(
          "requests: "
              + rule.id()
              + " asks for evidence; the case must list the requests it expects ([] for none)");
    }
    return new RuleCaseResult(
        file.ruleId(),
        file.path(),
        c.name(),
        List.copyOf(differences),
        fired,
        List.copyOf(findings),
        requests);
  }

  private RuleParameters parameters(RuleCase c) {
    if (c.parameters().isEmpty()) {
      return ruleBase.parameters();
    }
    Map<String, Object> merged = new HashMap<>(ruleBase.parameters().values());
    merged.putAll(c.parameters());
    return new RuleParameters(merged);
  }

  private static RuleCaseResult failed(RuleCaseFile file, RuleCase c, List<String> differences) {
    return new RuleCaseResult(
        file.ruleId(), file.path(), c.name(), differences, new TreeSet<>(), List.of(), List.of());
  }

  /** Snapshot messages count entries of the merged list; name the case file's entry instead. */
  private static String relabel(String message, RuleCase c) {
    Matcher m = INLINE_INDEX.matcher(message);
    if (m.find()) {
      int index = Integer.parseInt(m.group(1));
      if (index < c.labels().size()) {
        return c.labels().get(index) + message.substring(m.end());
      }
    }
    return message;
  }
}
