package dev.assay.report;

import java.util.List;

/**
 * One exported result: a rule on a resource, or an outstanding manual-evidence task.
 *
 * @param checkId the rule ID, or {@code manual-<controlId>} for a task
 * @param resourceArn the resource, or {@code null} for a task about the whole scope
 * @param title the rule's title
 * @param risk why the rule matters, or {@code null}
 * @param remediation how to fix a failure, or {@code null}
 * @param domain the rule's domain, e.g. {@code secure}, or {@code null}
 */
public record ExportItem(
    String checkId,
    boolean manual,
    List<String> controlIds,
    ExportStatus status,
    String severity,
    String resourceArn,
    String resourceType,
    String accountId,
    String region,
    String reason,
    String title,
    String risk,
    String remediation,
    List<String> references,
    String domain) {

  /** A stable key of the (check, resource) pair. */
  public String key() {
    return checkId + "\n" + (resourceArn == null ? "" : resourceArn);
  }
}
