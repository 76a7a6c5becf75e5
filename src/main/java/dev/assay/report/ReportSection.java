package dev.assay.report;

import dev.assay.assessment.evidence.EvidenceItem;
import java.io.IOException;

/**
 * One document of a report (HTML summary, PDF summary, JSON report) written as the builder walks
 * the controls and streams their evidence: a section sees each item once and keeps none.
 */
interface ReportSection extends AutoCloseable {

  /** The cover, the summaries and the table of contents. */
  void begin(ReportOutline outline) throws IOException;

  /** A control's page starts. */
  void control(ReportOutline.SetOutline set, ReportOutline.ControlOutline control)
      throws IOException;

  /** One evidence item of the current control, written to {@code path} in the archive. */
  void evidence(EvidenceItem item, HashedZip.Written file) throws IOException;

  /** The current control's page ends. */
  void endControl() throws IOException;

  /** The document is complete. */
  void end() throws IOException;

  @Override
  void close() throws IOException;
}
