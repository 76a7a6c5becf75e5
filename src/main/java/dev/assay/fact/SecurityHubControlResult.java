package dev.assay.fact;

import java.util.List;

/**
 * A Security Hub control of a GenAI service ({@code SageMaker.1}) in one account and region, with
 * the resources its active findings fail, from Security Hub {@code GetFindings}.
 *
 * @param arn the security control's ARN ({@code arn:aws:securityhub:<region>:<account>:
 *     security-control/<id>})
 * @param controlId the security control id
 * @param title the control's title as the findings give it
 * @param failedResources the resource ids of its active FAILED findings; empty when every finding
 *     passed
 */
@ResourceKind(service = "securityhub", idNoun = "security-control")
public record SecurityHubControlResult(
    String arn,
    String accountId,
    String region,
    String controlId,
    String title,
    List<String> failedResources)
    implements Resource {

  public SecurityHubControlResult {
    failedResources = List.copyOf(failedResources);
  }
}
