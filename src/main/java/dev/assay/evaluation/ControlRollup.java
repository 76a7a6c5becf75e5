package dev.assay.evaluation;

import dev.assay.framework.Control;
import dev.assay.framework.ControlSet;
import dev.assay.framework.Framework;
import java.util.ArrayList;
import java.util.List;

/** Decides each control's status from its rules' findings and its open tasks. */
final class ControlRollup {

  private ControlRollup() {}

  static List<ControlResult> rollUp(Framework framework, List<Finding> findings, List<Task> tasks) {
    List<ControlResult> results = new ArrayList<>();
    for (ControlSet set : framework.controlSets()) {
      for (Control control : set.controls()) {
        results.add(rollUp(set, control, findings, tasks));
      }
    }
    return results;
  }

  private static ControlResult rollUp(
      ControlSet set, Control control, List<Finding> findings, List<Task> tasks) {
    int pass = 0;
    int fail = 0;
    int error = 0;
    int notApplicable = 0;
    for (Finding finding : findings) {
      if (!control.rules().contains(finding.ruleId())) {
        continue;
      }
      switch (finding.status()) {
        case PASS -> pass++;
        case FAIL -> fail++;
        case ERROR -> error++;
        case NOT_APPLICABLE -> notApplicable++;
      }
    }
    List<Task> own = tasks.stream().filter(t -> t.controlId().equals(control.id())).toList();
    int open = (int) own.stream().filter(t -> t.status().outstanding()).count();
    boolean evidenced = own.size() > open;
    ControlStatus status;
    if (fail > 0) {
      status = ControlStatus.NON_COMPLIANT;
    } else if (error > 0 || open > 0) {
      status = ControlStatus.INCONCLUSIVE;
    } else if (pass > 0 || evidenced) {
      status = ControlStatus.COMPLIANT;
    } else {
      status = ControlStatus.NOT_APPLICABLE;
    }
    return new ControlResult(
        control.id(), set.id(), control.name(), status, pass, fail, error, notApplicable, open);
  }
}
