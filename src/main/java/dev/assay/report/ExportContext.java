package dev.assay.report;

import dev.assay.evaluation.AssayEngine;
import dev.assay.evaluation.EvaluationResult;
import dev.assay.evaluation.Finding;
import dev.assay.evaluation.Task;
import dev.assay.framework.Control;
import dev.assay.framework.ControlSet;
import dev.assay.framework.Framework;
import dev.assay.rules.RuleInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What every export writes from: an evaluation's result plus the rule metadata (titles, risk,
 * remediation) and the framework (control and control-set names) it was evaluated against.
 *
 * @param framework the framework evaluated, or {@code null} when it is no longer loaded
 * @param subjectId the assessment the result belongs to, or {@code null} for a plain evaluation; it
 *     seeds the document's identifiers
 * @param observationValidity how long automated evidence stays fresh (OSCAL {@code expires})
 */
public record ExportContext(
    EvaluationResult result,
    Framework framework,
    Map<String, RuleInfo> rules,
    String productVersion,
    String subjectId,
    Duration observationValidity) {

  public static final Duration DEFAULT_VALIDITY = Duration.ofDays(1);

  public static ExportContext of(AssayEngine engine, EvaluationResult result) {
    return of(engine, result, null);
  }

  public static ExportContext of(AssayEngine engine, EvaluationResult result, String subjectId) {
    Framework framework = engine.frameworks().find(result.frameworkId()).orElse(null);
    return new ExportContext(
        result,
        framework,
        engine.ruleBase().rules(),
        currentVersion(),
        subjectId,
        DEFAULT_VALIDITY);
  }

  /** The jar's implementation version, or {@code development} when run from classes. */
  public static String currentVersion() {
    String version = ExportContext.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }

  public Instant evaluatedAt() {
    return Instant.parse(result.evaluatedAt());
  }

  /** The framework as a standard name, e.g. {@code genai-starter-0.1.0}. */
  public String standard() {
    return result.frameworkId() + "-" + result.frameworkVersion();
  }

  public Optional<RuleInfo> rule(String ruleId) {
    return ruleId == null ? Optional.empty() : Optional.ofNullable(rules.get(ruleId));
  }

  public Optional<Control> control(String controlId) {
    return framework == null ? Optional.empty() : framework.control(controlId);
  }

  public String controlName(String controlId) {
    return control(controlId).map(Control::name).orElse(controlId);
  }

  public String controlSetName(String controlSetId) {
    if (framework == null) {
      return controlSetId;
    }
    return framework.controlSets().stream()
        .filter(s -> s.id().equals(controlSetId))
        .map(ControlSet::name)
        .findFirst()
        .orElse(controlSetId);
  }

  /**
   * One item per (rule, resource) finding, in the result's order, then one PENDING item per
   * outstanding manual-evidence task.
   */
  public List<ExportItem> items() {
    List<ExportItem> items = new ArrayList<>();
    for (Finding f : result.findings()) {
      RuleInfo info = rules.get(f.ruleId());
      items.add(
          new ExportItem(
              f.ruleId(),
              false,
              f.controlIds(),
              ExportStatus.of(f.status()),
              f.severity(),
              f.resourceArn(),
              f.resourceType(),
              f.accountId(),
              f.region(),
              f.reason(),
              info == null ? f.ruleId() : info.title(),
              info == null ? null : info.risk(),
              info == null ? null : info.remediation(),
              info == null ? List.of() : info.references(),
              info == null ? null : info.domain().id()));
    }
    for (Task t : result.tasks()) {
      if (!outstanding(t)) {
        continue;
      }
      String domain = control(t.controlId()).map(Control::domain).orElse(null);
      items.add(
          new ExportItem(
              "manual-" + t.controlId(),
              true,
              List.of(t.controlId()),
              ExportStatus.PENDING,
              "informational",
              t.resourceArn(),
              null,
              ArnParts.account(t.resourceArn()),
              ArnParts.region(t.resourceArn()),
              "Manual evidence for "
                  + t.controlId()
                  + " is "
                  + (t.status() == null ? "open" : t.status().name().toLowerCase(Locale.ROOT))
                  + ", due "
                  + t.due()
                  + ": "
                  + t.instructions(),
              "Manual evidence: " + controlName(t.controlId()),
              null,
              t.instructions(),
              List.of(),
              domain));
    }
    return items;
  }

  /** Whether a task still waits for evidence; a task of unknown status does (fail closed). */
  static boolean outstanding(Task task) {
    return task.status() == null || task.status().outstanding();
  }
}
