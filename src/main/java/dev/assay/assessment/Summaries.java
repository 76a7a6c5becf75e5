package dev.assay.assessment;

import dev.assay.assessment.evidence.EvidenceRepository;
import dev.assay.assessment.store.Db;
import dev.assay.evaluation.ControlResult;
import dev.assay.evaluation.Finding;
import dev.assay.evaluation.Status;
import dev.assay.evaluation.Task;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds assessment summaries and reads runs. */
public final class Summaries {

  static final String NOT_EVALUATED = "NOT_EVALUATED";

  private final Db db;
  private final AssessmentRepository assessmentRepository;
  private final RunRepository runRows;
  private final EvidenceRepository evidence;
  private final Clock clock;

  public Summaries(
      Db db,
      AssessmentRepository assessmentRepository,
      RunRepository runRows,
      EvidenceRepository evidence,
      Clock clock) {
    this.db = db;
    this.assessmentRepository = assessmentRepository;
    this.runRows = runRows;
    this.evidence = evidence;
    this.clock = clock;
  }

  public Summary summary(String assessmentId) {
    return summary(assessmentId, ReadScope.ALL);
  }

  /**
   * The summary of what {@code scope} reads: a delegate's counts, domains, non-compliant resources
   * and tasks are those of the controls delegated to them.
   */
  public Summary summary(String assessmentId, ReadScope scope) {
    return db.tx(
        c -> {
          Assessment a = assessmentRepository.get(assessmentId);
          List<AssessmentControl> controls =
              scope.assessmentControls(assessmentRepository.controls(assessmentId));
          Run last = runRows.last(assessmentId).orElse(null);
          Run ok = runRows.lastSucceeded(assessmentId).orElse(null);
          Map<String, ControlResult> results =
              ok == null
                  ? Map.of()
                  : runRows.controlResults(ok.id()).stream()
                      .collect(Collectors.toMap(ControlResult::controlId, Function.identity()));
          List<Finding> findings =
              ok == null ? List.of() : scope.findings(runRows.findings(ok.id()));
          List<Task> tasks = ok == null ? List.of() : scope.tasks(runRows.tasks(ok.id()));
          List<Run> failedSince = runRows.failedSince(assessmentId, ok);
          if (!scope.all()) {
            EvidenceCounts counts = EvidenceCounts.of(evidence, assessmentId);
            a = scope.assessment(a, counts.inScope(scope));
            Run narrowedOk =
                ok == null ? null : scope.run(ok, findings, counts.inScope(ok.id(), scope));
            // The last run is the last successful one, or one that failed or is running: no
            // findings tie its gaps to a set.
            last =
                last == null || ok != null && last.id().equals(ok.id())
                    ? narrowedOk
                    : scope.run(last, List.of(), counts.inScope(last.id(), scope));
            ok = narrowedOk;
          }
          return build(a, controls, results, findings, tasks, last, ok, failedSince);
        });
  }

  private Summary build(
      Assessment a,
      List<AssessmentControl> controls,
      Map<String, ControlResult> results,
      List<Finding> findings,
      List<Task> tasks,
      Run last,
      Run ok,
      List<Run> failedSince) {
    Map<String, Integer> review = new LinkedHashMap<>();
    for (ControlStatus s : ControlStatus.values()) {
      review.put(s.name(), 0);
    }
    Map<String, Integer> compliance = emptyCompliance();
    Map<String, List<String>> byDomain = new TreeMap<>();
    for (AssessmentControl control : controls) {
      review.merge(control.status().name(), 1, Integer::sum);
      String status = status(results.get(control.controlId()), !failedSince.isEmpty());
      compliance.merge(status, 1, Integer::sum);
      byDomain
          .computeIfAbsent(
              control.domain() == null ? "(none)" : control.domain(), k -> new ArrayList<>())
          .add(status);
    }
    List<Summary.Domain> domains = new ArrayList<>();
    byDomain.forEach(
        (domain, statuses) -> {
          Map<String, Integer> counts = emptyCompliance();
          statuses.forEach(s -> counts.merge(s, 1, Integer::sum));
          domains.add(new Summary.Domain(domain, statuses.size(), counts));
        });
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    List<Summary.OpenTask> open =
        tasks.stream()
            .filter(t -> t.status().outstanding())
            .map(
                t ->
                    new Summary.OpenTask(
                        t.controlId(),
                        t.resourceArn(),
                        t.status().name(),
                        t.due(),
                        LocalDate.parse(t.due()).isBefore(today),
                        t.instructions()))
            .toList();
    int overdue = (int) open.stream().filter(Summary.OpenTask::overdue).count();
    return new Summary(
        a,
        controls.size(),
        review,
        compliance,
        domains,
        nonCompliant(findings),
        open.size(),
        overdue,
        open,
        last,
        ok,
        warnings(failedSince, ok));
  }

  /** Runs that failed after the last success make its figures stale: say so, and why. */
  private static List<String> warnings(List<Run> failedSince, Run ok) {
    if (failedSince.isEmpty()) {
      return List.of();
    }
    Run latest = failedSince.get(0);
    return List.of(
        failedSince.size()
            + (ok == null
                ? " run(s) failed and none succeeded yet; the latest, run "
                : " run(s) failed since the last successful one; the latest, run ")
            + latest.number()
            + " ("
            + latest.trigger()
            + "), failed: "
            + latest.error()
            + ". Controls it would have re-evaluated count as INCONCLUSIVE, not COMPLIANT.");
  }

  private static List<Summary.NonCompliantResource> nonCompliant(List<Finding> findings) {
    Map<String, List<Finding>> byResource = new TreeMap<>();
    findings.stream()
        .filter(f -> f.status() == Status.FAIL)
        .forEach(f -> byResource.computeIfAbsent(f.resourceArn(), k -> new ArrayList<>()).add(f));
    List<Summary.NonCompliantResource> resources = new ArrayList<>();
    byResource.forEach(
        (arn, fs) -> {
          Finding first = fs.get(0);
          resources.add(
              new Summary.NonCompliantResource(
                  arn,
                  first.resourceType(),
                  first.accountId(),
                  first.region(),
                  List.copyOf(
                      fs.stream()
                          .map(Finding::ruleId)
                          .collect(Collectors.toCollection(TreeSet::new))),
                  List.copyOf(
                      fs.stream()
                          .flatMap(f -> f.controlIds().stream())
                          .collect(Collectors.toCollection(TreeSet::new)))));
        });
    return resources;
  }

  private static String status(ControlResult result, boolean stale) {
    if (result == null) {
      return NOT_EVALUATED;
    }
    // Fail closed: evidence the latest run failed to refresh does not show as compliant.
    if (stale && result.status() == dev.assay.evaluation.ControlStatus.COMPLIANT) {
      return dev.assay.evaluation.ControlStatus.INCONCLUSIVE.name();
    }
    return result.status().name();
  }

  private static Map<String, Integer> emptyCompliance() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (dev.assay.evaluation.ControlStatus s : dev.assay.evaluation.ControlStatus.values()) {
      counts.put(s.name(), 0);
    }
    counts.put(NOT_EVALUATED, 0);
    return counts;
  }

  public List<Run> runs(String assessmentId) {
    return runs(assessmentId, ReadScope.ALL);
  }

  /** Newest first; a delegate reads each run's gaps and evidence count of their controls only. */
  public List<Run> runs(String assessmentId, ReadScope scope) {
    return db.tx(
        c -> {
          assessmentRepository.get(assessmentId);
          List<Run> runs = runRows.runs(assessmentId);
          if (scope.all()) {
            return runs;
          }
          EvidenceCounts counts = EvidenceCounts.of(evidence, assessmentId);
          List<Run> narrowed = new ArrayList<>();
          for (Run r : runs) {
            List<Finding> errors =
                r.gaps().isEmpty() || !r.succeeded()
                    ? List.of()
                    : scope.findings(runRows.errorFindings(r.id()));
            narrowed.add(scope.run(r, errors, counts.inScope(r.id(), scope)));
          }
          return narrowed;
        });
  }

  /**
   * The assessments of {@code all} as {@code scopeOf} lets the caller read each: whole, or a
   * delegate's view of it.
   */
  public List<Assessment> assessments(List<Assessment> all, Function<String, ReadScope> scopeOf) {
    List<Assessment> views = new ArrayList<>();
    for (Assessment a : all) {
      ReadScope scope = scopeOf.apply(a.id());
      views.add(
          scope.all()
              ? a
              : scope.assessment(
                  a, db.tx(c -> EvidenceCounts.of(evidence, a.id()).inScope(scope))));
    }
    return views;
  }

  /** A run with everything it decided. */
  public record RunDetail(
      Run run, List<ControlResult> controls, List<Finding> findings, List<Task> tasks) {}

  public RunDetail run(String assessmentId, String runId) {
    return run(assessmentId, runId, ReadScope.ALL);
  }

  /** A run with what it decided for the controls {@code scope} reads. */
  public RunDetail run(String assessmentId, String runId, ReadScope scope) {
    return db.tx(
        c -> {
          assessmentRepository.get(assessmentId);
          Run run =
              runRows
                  .run(assessmentId, runId)
                  .orElseThrow(() -> AssessmentException.notFound("run", runId));
          RunDetail detail =
              new RunDetail(
                  run,
                  runRows.controlResults(runId),
                  runRows.findings(runId),
                  runRows.tasks(runId));
          return scope.all()
              ? detail
              : scope.run(detail, EvidenceCounts.of(evidence, assessmentId).inScope(runId, scope));
        });
  }

  /** The tasks of the last successful run. */
  public List<Task> tasks(String assessmentId) {
    return db.tx(
        c -> {
          assessmentRepository.get(assessmentId);
          Run ok = runRows.lastSucceeded(assessmentId).orElse(null);
          return ok == null ? List.<Task>of() : runRows.tasks(ok.id());
        });
  }
}
