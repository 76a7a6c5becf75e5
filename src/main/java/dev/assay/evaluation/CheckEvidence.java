package dev.assay.evaluation;

import dev.assay.fact.ConfigRuleCompliance;
import dev.assay.fact.Resource;
import dev.assay.fact.SecurityHubControlResult;
import dev.assay.framework.Control;
import dev.assay.framework.Framework;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which controls take the evidence of one AWS-run compliance check. Audit Manager maps a control to
 * the AWS Config rule identifiers and Security Hub control IDs it names as data sources, and a
 * control collects compliance-check evidence from those checks only ({@code audit-manager.md} §4).
 * The rules that read Config and Security Hub results are listed on every control that names some
 * check, so each of their findings is narrowed to the controls naming its check: a failing {@code
 * SageMaker.4} (endpoint redundancy) fails the resilience control, not the notebook one. A finding
 * without a known check (a gap, or no check deployed) stays with every control listing the rule, so
 * an ERROR is never hidden; a check that no control names counts for no control.
 */
final class CheckEvidence {

  private final Map<String, List<String>> dataSourcesByControl = new HashMap<>();
  private final FactIndex index;

  CheckEvidence(Framework framework, FactIndex index) {
    this.index = index;
    framework
        .controls()
        .forEach(
            (Control c) ->
                dataSourcesByControl.put(
                    c.id(), c.dataSources() == null ? List.of() : c.dataSources()));
  }

  /** The check a resource reports, or {@code null} when it is no compliance-check result. */
  static String checkOf(Resource resource) {
    if (resource instanceof ConfigRuleCompliance c) {
      return c.sourceIdentifier();
    }
    if (resource instanceof SecurityHubControlResult s) {
      return s.controlId();
    }
    return null;
  }

  Finding narrow(Finding finding) {
    String check = index.checkOf(finding.resourceArn());
    if (check == null) {
      return finding;
    }
    List<String> controls =
        finding.controlIds().stream()
            .filter(id -> dataSourcesByControl.getOrDefault(id, List.of()).contains(check))
            .toList();
    return finding.withControlIds(controls);
  }
}
