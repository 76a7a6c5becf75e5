package dev.assay.assessment;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An assessment: a framework pinned at creation (ID, version, content hash and the rule base
 * version), a scope, its owners and where reports go.
 *
 * @param snapshotInput a snapshot directory runs evaluate instead of collecting from AWS, or {@code
 *     null} to collect
 * @param evidenceCount items in the evidence chain
 * @param evidenceHead the last item's hash, or {@code null} while there is none
 */
public record Assessment(
    String id,
    String name,
    String description,
    AssessmentStatus status,
    String frameworkId,
    String frameworkName,
    String frameworkVersion,
    String frameworkHash,
    String ruleBaseVersion,
    List<String> accounts,
    List<String> regions,
    List<String> owners,
    Map<String, String> tags,
    String reportDestination,
    String snapshotInput,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant createdAt,
    String createdBy,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant updatedAt,
    long evidenceCount,
    String evidenceHead) {

  public boolean active() {
    return status == AssessmentStatus.ACTIVE;
  }
}
