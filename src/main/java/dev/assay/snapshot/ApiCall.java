package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One recorded AWS API call of a snapshot: its scope, what was asked and what came back.
 *
 * @param suffix what distinguishes repeated calls of one operation (a resource name or a counter),
 *     or empty
 * @param request the call's parameters, or an empty object when the file held a bare response
 * @param response the response, or {@code null} when the call failed
 * @param error the failure, or {@code null} when the call succeeded
 * @param source where the call came from (a file path, or a request index), for error messages
 */
public record ApiCall(
    String accountId,
    String region,
    String service,
    String operation,
    String suffix,
    JsonNode request,
    JsonNode response,
    ApiError error,
    String source) {

  public boolean failed() {
    return error != null;
  }
}
