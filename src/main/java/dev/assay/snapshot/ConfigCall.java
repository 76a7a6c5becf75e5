package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A call rebuilt from an AWS Config item, shaped as the collector would have written it. Its source
 * names the Config file and the call it stands for, so a finding's evidence says where it came
 * from.
 */
final class ConfigCall {

  private ConfigCall() {}

  static ApiCall of(
      Scope scope,
      String service,
      String operation,
      String suffix,
      JsonNode request,
      JsonNode response,
      ApiError error,
      String source) {
    return new ApiCall(
        scope.accountId(),
        scope.region(),
        service,
        operation,
        suffix,
        request,
        response,
        error,
        source + " (" + service + "." + operation + (suffix.isEmpty() ? "" : " " + suffix) + ")");
  }

  static ApiCall of(
      Scope scope,
      String service,
      String operation,
      String suffix,
      JsonNode request,
      JsonNode response,
      String source) {
    return of(scope, service, operation, suffix, request, response, null, source);
  }
}
