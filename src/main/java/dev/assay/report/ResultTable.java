package dev.assay.report;

import dev.assay.evaluation.ControlResult;
import dev.assay.evaluation.EvaluationResult;
import dev.assay.evaluation.Finding;
import dev.assay.evaluation.Status;
import java.util.Map;
import java.util.TreeMap;

/** A readable summary of an evaluation: one line per control, then what failed or erred. */
public final class ResultTable {

  private ResultTable() {}

  public static String write(EvaluationResult result) {
    StringBuilder out = new StringBuilder();
    out.append("Framework ")
        .append(result.frameworkId())
        .append(" ")
        .append(result.frameworkVersion())
        .append(" · rules ")
        .append(result.ruleBaseVersion())
        .append(" · evaluated ")
        .append(result.evaluatedAt())
        .append("\n\n");
    out.append(
        String.format(
            "%-16s %-14s %5s %5s %5s %5s %5s  %s%n",
            "CONTROL", "STATUS", "PASS", "FAIL", "ERROR", "N/A", "TASKS", "NAME"));
    for (ControlResult c : result.controls()) {
      out.append(
          String.format(
              "%-16s %-14s %5d %5d %5d %5d %5d  %s%n",
              c.controlId(),
              c.status(),
              c.pass(),
              c.fail(),
              c.error(),
              c.notApplicable(),
              c.openTasks(),
              c.name()));
    }
    appendProblems(out, result, Status.FAIL, "Failing resources");
    appendProblems(out, result, Status.ERROR, "Unreadable evidence (ERROR)");
    if (!result.tasks().isEmpty()) {
      out.append("\nOpen manual-evidence tasks: ").append(result.tasks().size()).append('\n');
    }
    if (!result.skipped().isEmpty()) {
      out.append("Skipped inputs: ").append(result.skipped().size()).append('\n');
    }
    Map<Status, Integer> totals = new TreeMap<>();
    result.findings().forEach(f -> totals.merge(f.status(), 1, Integer::sum));
    out.append("\nFindings: ").append(totals).append('\n');
    return out.toString();
  }

  private static void appendProblems(
      StringBuilder out, EvaluationResult result, Status status, String heading) {
    var matching = result.findings().stream().filter(f -> f.status() == status).toList();
    if (matching.isEmpty()) {
      return;
    }
    out.append('\n').append(heading).append(":\n");
    for (Finding f : matching) {
      out.append("  [").append(f.severity()).append("] ").append(f.ruleId()).append('\n');
      out.append("      ").append(f.resourceArn()).append('\n');
      out.append("      ").append(f.reason()).append('\n');
    }
  }
}
