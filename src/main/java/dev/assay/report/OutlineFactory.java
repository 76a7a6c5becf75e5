package dev.assay.report;

import dev.assay.assessment.Assessment;
import dev.assay.assessment.AssessmentControl;
import dev.assay.assessment.AssessmentControlSet;
import dev.assay.assessment.AssessmentStore;
import dev.assay.assessment.Run;
import dev.assay.evaluation.ControlResult;
import dev.assay.framework.Control;
import dev.assay.framework.Framework;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The outline of a report from the store: the selected control sets and controls, each with its
 * review status, its compliance in the last successful run (fail closed: {@code NOT_EVALUATED}
 * without one), the framework's testing information and action plan, comments and the number of
 * selected evidence items.
 */
final class OutlineFactory {

  static final String NOT_EVALUATED = "NOT_EVALUATED";

  private final AssessmentStore store;
  private final Function<String, Optional<Framework>> frameworks;

  OutlineFactory(AssessmentStore store, Function<String, Optional<Framework>> frameworks) {
    this.store = store;
    this.frameworks = frameworks;
  }

  /** Refuses control sets and controls the assessment does not have. */
  void checkSelection(Assessment a, ReportRequest req) {
    checkSelection(
        a, req, store.assessments().controlSets(a.id()), store.assessments().controls(a.id()));
  }

  private static void checkSelection(
      Assessment a,
      ReportRequest req,
      List<AssessmentControlSet> sets,
      List<AssessmentControl> controls) {
    Set<String> setIds =
        sets.stream().map(AssessmentControlSet::controlSetId).collect(Collectors.toSet());
    Set<String> controlIds =
        controls.stream().map(AssessmentControl::controlId).collect(Collectors.toSet());
    for (String id : req.controlSetIds()) {
      if (!setIds.contains(id)) {
        throw ReportException.invalid("assessment " + a.id() + " has no control set " + id);
      }
    }
    for (String id : req.controlIds()) {
      if (!controlIds.contains(id)) {
        throw ReportException.invalid("assessment " + a.id() + " has no control " + id);
      }
    }
  }

  ReportOutline outline(
      Assessment a,
      ReportRequest req,
      Map<String, Long> counts,
      String reportId,
      Instant now,
      String who,
      SigningKey signer) {
    List<AssessmentControlSet> sets = store.assessments().controlSets(a.id());
    List<AssessmentControl> controls = store.assessments().controls(a.id());
    checkSelection(a, req, sets, controls);
    Framework framework = frameworks.apply(a.frameworkId()).orElse(null);
    Run run = lastSuccessfulRun(a.id());
    Map<String, String> compliance = compliance(a.id(), run);
    List<ReportOutline.SetOutline> outlineSets = new ArrayList<>();
    long items = 0;
    for (AssessmentControlSet set : sets) {
      if (!req.controlSetIds().isEmpty() && !req.controlSetIds().contains(set.controlSetId())) {
        continue;
      }
      List<ReportOutline.ControlOutline> selected = new ArrayList<>();
      for (AssessmentControl c : controls) {
        if (!c.controlSetId().equals(set.controlSetId())
            || (!req.controlIds().isEmpty() && !req.controlIds().contains(c.controlId()))) {
          continue;
        }
        long count = counts.getOrDefault(c.controlId(), 0L);
        items += count;
        selected.add(control(a, c, framework, compliance, count));
      }
      if (!selected.isEmpty()) {
        outlineSets.add(
            new ReportOutline.SetOutline(
                set.controlSetId(), set.name(), set.status().name(), selected));
      }
    }
    String name = req.name() != null ? req.name() : a.name() + " report " + now.toString();
    return new ReportOutline(
        reportId,
        name,
        req.description(),
        now,
        who,
        req,
        a,
        frameworkNote(a, framework),
        run == null
            ? "none: every control is " + NOT_EVALUATED
            : "run " + run.number() + ", evaluated " + run.evaluatedAt(),
        outlineSets,
        items,
        null,
        signer.algorithm(),
        signer.keyId());
  }

  private ReportOutline.ControlOutline control(
      Assessment a,
      AssessmentControl c,
      Framework framework,
      Map<String, String> compliance,
      long count) {
    Control fc = framework == null ? null : framework.control(c.controlId()).orElse(null);
    return new ReportOutline.ControlOutline(
        c.controlId(),
        c.name(),
        fc == null ? null : fc.description(),
        c.domain(),
        c.type(),
        c.status().name(),
        compliance.getOrDefault(c.controlId(), NOT_EVALUATED),
        fc == null ? null : fc.testingInformation(),
        fc == null || fc.actionPlan() == null ? null : fc.actionPlan().title(),
        fc == null || fc.actionPlan() == null ? null : fc.actionPlan().instructions(),
        store.assessments().control(a.id(), c.controlId()).comments(),
        count);
  }

  private Run lastSuccessfulRun(String assessmentId) {
    return store.summaries().runs(assessmentId).stream()
        .filter(Run::succeeded)
        .max(java.util.Comparator.comparingInt(Run::number))
        .orElse(null);
  }

  private Map<String, String> compliance(String assessmentId, Run run) {
    Map<String, String> byControl = new HashMap<>();
    if (run != null) {
      for (ControlResult r : store.summaries().run(assessmentId, run.id()).controls()) {
        byControl.put(r.controlId(), r.status().name());
      }
    }
    return byControl;
  }

  private static String frameworkNote(Assessment a, Framework framework) {
    if (framework == null) {
      return "framework "
          + a.frameworkId()
          + " is not loaded here: descriptions, testing information and action plans are missing";
    }
    if (!framework.resolvedHash().equals(a.frameworkHash())) {
      return "descriptions, testing information and action plans are from "
          + a.frameworkId()
          + " "
          + framework.version()
          + " as loaded now, which differs from the version pinned at creation";
    }
    return "descriptions, testing information and action plans are from the version pinned at"
        + " creation";
  }
}
