package dev.assay.collect;

/**
 * A call whose answer is not in the snapshot as data: an error envelope was written instead.
 *
 * @param resource the resource the call was about (a name or ID), or empty for scope-wide calls
 */
public record Gap(
    String accountId,
    String region,
    String service,
    String operation,
    String resource,
    String code,
    String message) {

  @Override
  public String toString() {
    return accountId
        + "/"
        + region
        + " "
        + service
        + "."
        + operation
        + (resource.isEmpty() ? "" : " " + resource)
        + ": "
        + code
        + (message.isEmpty() ? "" : ": " + message);
  }
}
