package dev.assay.report;

import dev.assay.assessment.evidence.EvidenceItem;
import java.util.ArrayList;
import java.util.List;

/** Short texts the summary documents share, so HTML and PDF say the same. */
final class ReportTexts {

  private ReportTexts() {}

  static String selection(ReportRequest r) {
    List<String> parts = new ArrayList<>();
    if (!r.controlSetIds().isEmpty()) {
      parts.add("control sets " + String.join(", ", r.controlSetIds()));
    }
    if (!r.controlIds().isEmpty()) {
      parts.add("controls " + String.join(", ", r.controlIds()));
    }
    if (!r.dataSources().isEmpty()) {
      parts.add("data sources " + String.join(", ", r.dataSources()));
    }
    if (r.fromDate() != null || r.toDate() != null) {
      parts.add(
          "collected "
              + (r.fromDate() == null ? "any time" : "from " + r.fromDate())
              + (r.toDate() == null ? "" : " to " + r.toDate()));
    }
    return parts.isEmpty() ? "the whole assessment" : String.join("; ", parts);
  }

  static String actionPlan(ReportOutline.ControlOutline c) {
    if (c.actionPlanTitle() == null && c.actionPlanInstructions() == null) {
      return null;
    }
    if (c.actionPlanTitle() == null) {
      return c.actionPlanInstructions();
    }
    return c.actionPlanInstructions() == null
        ? c.actionPlanTitle()
        : c.actionPlanTitle() + ": " + c.actionPlanInstructions();
  }

  static String where(EvidenceItem e) {
    if (e.accountId() == null && e.region() == null) {
      return "—";
    }
    return (e.accountId() == null ? "—" : e.accountId())
        + " / "
        + (e.region() == null ? "—" : e.region());
  }
}
