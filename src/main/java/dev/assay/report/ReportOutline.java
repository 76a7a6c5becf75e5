package dev.assay.report;

import dev.assay.assessment.Assessment;
import dev.assay.assessment.Comment;
import java.time.Instant;
import java.util.List;

/**
 * Everything a report says except its evidence items, which are streamed: small enough to hold in
 * memory (one entry per control), known before the first byte is written.
 *
 * @param evidenceItems the number of evidence items selected, in all controls
 * @param chain the evidence chain as verified before building ({@code items}, head hash)
 */
record ReportOutline(
    String reportId,
    String name,
    String description,
    Instant createdAt,
    String createdBy,
    ReportRequest selection,
    Assessment assessment,
    String frameworkNote,
    String lastRun,
    List<SetOutline> controlSets,
    long evidenceItems,
    String chain,
    String signatureAlgorithm,
    String keyId) {

  /** A control set of the report, with its selected controls. */
  record SetOutline(String id, String name, String status, List<ControlOutline> controls) {}

  /**
   * One control: its review status, its compliance in the last successful run ({@code
   * NOT_EVALUATED} without one) and what the framework says about testing it.
   */
  record ControlOutline(
      String id,
      String name,
      String description,
      String domain,
      String type,
      String reviewStatus,
      String compliance,
      String testingInformation,
      String actionPlanTitle,
      String actionPlanInstructions,
      List<Comment> comments,
      long evidenceCount) {}

  ReportOutline withChain(String verifiedChain) {
    return new ReportOutline(
        reportId,
        name,
        description,
        createdAt,
        createdBy,
        selection,
        assessment,
        frameworkNote,
        lastRun,
        controlSets,
        evidenceItems,
        verifiedChain,
        signatureAlgorithm,
        keyId);
  }

  int controls() {
    return controlSets.stream().mapToInt(s -> s.controls().size()).sum();
  }
}
