package dev.assay.fact;

/**
 * Evidence that could not be read: an API call that failed (access denied, throttling, 5xx) or was
 * never collected. Every rule whose resources the gap may hide reports ERROR for its scope, never
 * PASS.
 *
 * @param resourceType the fact type the failed call would have produced
 * @param resourceArn the one resource the call was about, or {@code null} when the whole scope
 *     (account, region, resource type) is unknown, as when a List call failed
 * @param check the AWS-run compliance check the unread result belongs to (an AWS Config managed
 *     rule identifier such as {@code SAGEMAKER_NOTEBOOK_NO_DIRECT_INTERNET_ACCESS}), or {@code
 *     null}; it lets the ERROR count only for the controls that take that check as evidence
 */
public record CollectionGap(
    String accountId,
    String region,
    String service,
    String operation,
    String resourceType,
    String resourceArn,
    String errorCode,
    String message,
    String check) {

  /** A gap about no particular compliance check: the ERROR counts for every control of the rule. */
  public CollectionGap(
      String accountId,
      String region,
      String service,
      String operation,
      String resourceType,
      String resourceArn,
      String errorCode,
      String message) {
    this(
        accountId, region, service, operation, resourceType, resourceArn, errorCode, message, null);
  }

  /** The error code recorded when a call the rules need is absent from the snapshot. */
  public static final String NOT_COLLECTED = "NotCollected";

  public boolean coversWholeScope() {
    return resourceArn == null;
  }

  /** A sentence for findings: what could not be read and why. */
  public String describe() {
    String what = service + " " + operation;
    String cause = NOT_COLLECTED.equals(errorCode) ? "not collected" : errorCode + ": " + message;
    String about = resourceArn == null ? "" : " for " + resourceArn;
    return "Could not read "
        + what
        + about
        + " in account "
        + accountId
        + " region "
        + region
        + " ("
        + cause
        + ").";
  }
}
