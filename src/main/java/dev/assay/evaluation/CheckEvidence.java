package dev.assay.evaluation;

import dev.assay.fact.CollectionGap;
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
 * SageMaker.4} (endpoint redundancy) fails the resilience control, not the notebook one. An ERROR
 * from a gap that names its check (a Config rule with INSUFFICIENT_DATA) is narrowed the same way.
 * A finding without a known check (a gap about a whole scope, or no check deployed) stays with
 * every control listing the rule, and so does an ERROR whose check no control names, so an ERROR is
 * never hidden; a PASS or FAIL of a check that no control names counts for no control.
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
    String resultCheck = index.checkOf(finding.resourceArn());
    // No check result under that ARN: an ERROR may still come from gaps that name their check
    // (only a Config rule left without a result has such a gap, and it has no resource then).
    String check =
        resultCheck == null && finding.status() == Status.ERROR ? gapCheck(finding) : resultCheck;
    if (check == null) {
      return finding;
    }
    List<String> controls =
        finding.controlIds().stream()
            .filter(id -> dataSourcesByControl.getOrDefault(id, List.of()).contains(check))
            .toList();
    if (controls.isEmpty() && finding.status() == Status.ERROR) {
      // Fail closed: an unread check that no control maps stays an ERROR of every control.
      return finding;
    }
    return finding.withControlIds(controls);
  }

  /** The one check every gap behind an ERROR names, or {@code null} if any gap names none. */
  private String gapCheck(Finding finding) {
    List<CollectionGap> gaps = index.gaps(finding.resourceArn());
    String check = gaps.isEmpty() ? null : gaps.get(0).check();
    for (CollectionGap gap : gaps) {
      if (gap.check() == null
          || !gap.check().equals(check)
          || !gap.resourceType().equals(finding.resourceType())) {
        return null;
      }
    }
    return check;
  }
}
