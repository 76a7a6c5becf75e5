package dev.assay.evaluation;

import dev.assay.framework.Control;
import dev.assay.framework.ControlSet;
import dev.assay.framework.Framework;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Decides each control's status from its rules' findings and its open tasks. */
final class ControlRollup {

  private ControlRollup() {}

  static List<ControlResult> rollUp(Framework framework, List<Finding> findings, List<Task> tasks) {
    // Count once per (rule, control the finding counts for), then add up per control: scanning
    // every finding for every control cost more than firing the rules on large estates. A finding
    // counts for the controls it names, which CheckEvidence may narrow below the rule's controls.
    // By rule, then control: a joined key string per finding and control cost a string build
    // and hash each. Findings come grouped by rule, so the last rule's map usually serves again.
    Map<String, Map<String, int[]>> countsByRule = new HashMap<>();
    String lastRule = null;
    Map<String, int[]> ofRule = null;
    // A rule's findings share one list of control IDs unless CheckEvidence narrowed them: the
    // counters of the last list usually serve again, without a lookup per control.
    List<String> lastControls = null;
    int[][] counters = null;
    for (Finding finding : findings) {
      if (!finding.ruleId().equals(lastRule)) {
        lastRule = finding.ruleId();
        ofRule = countsByRule.computeIfAbsent(lastRule, k -> new HashMap<>());
        lastControls = null;
      }
      if (finding.controlIds() != lastControls) {
        lastControls = finding.controlIds();
        counters = new int[lastControls.size()][];
        for (int i = 0; i < counters.length; i++) {
          counters[i] =
              ofRule.computeIfAbsent(lastControls.get(i), k -> new int[Status.values().length]);
        }
      }
      int status = finding.status().ordinal();
      for (int[] counter : counters) {
        counter[status]++;
      }
    }
    Map<String, List<Task>> tasksByControl = new HashMap<>();
    for (Task task : tasks) {
      tasksByControl.computeIfAbsent(task.controlId(), k -> new ArrayList<>()).add(task);
    }
    List<ControlResult> results = new ArrayList<>();
    for (ControlSet set : framework.controlSets()) {
      for (Control control : set.controls()) {
        results.add(
            rollUp(
                set, control, countsByRule, tasksByControl.getOrDefault(control.id(), List.of())));
      }
    }
    return results;
  }

  private static ControlResult rollUp(
      ControlSet set,
      Control control,
      Map<String, Map<String, int[]>> countsByRule,
      List<Task> own) {
    int[] counts = new int[Status.values().length];
    for (String rule : new LinkedHashSet<>(control.rules())) {
      int[] ofRule = countsByRule.getOrDefault(rule, Map.of()).get(control.id());
      if (ofRule != null) {
        for (int i = 0; i < counts.length; i++) {
          counts[i] += ofRule[i];
        }
      }
    }
    int pass = counts[Status.PASS.ordinal()];
    int fail = counts[Status.FAIL.ordinal()];
    int error = counts[Status.ERROR.ordinal()];
    int notApplicable = counts[Status.NOT_APPLICABLE.ordinal()];
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
