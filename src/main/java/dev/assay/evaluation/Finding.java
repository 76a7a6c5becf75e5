package dev.assay.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The status of one rule on one resource.
 *
 * @param controlIds the controls of the evaluated framework that use the rule
 * @param resourceArn the resource's ARN, or an ARN-like id for a region or a whole scope
 * @param reason a sentence naming the resource and why it has this status
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Finding(
    String ruleId,
    List<String> controlIds,
    Status status,
    String severity,
    String resourceArn,
    String resourceType,
    String accountId,
    String region,
    String reason) {

  /** The same finding, counted for the given controls only. */
  public Finding withControlIds(List<String> ids) {
    return new Finding(
        ruleId, ids, status, severity, resourceArn, resourceType, accountId, region, reason);
  }
}
