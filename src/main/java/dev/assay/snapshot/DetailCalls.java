package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lookups the Bedrock normalizers share: whether a List call was read completely, and the detail
 * call about a resource named by several request fields or by any of its identifiers.
 */
final class DetailCalls {

  private DetailCalls() {}

  /**
   * Whether every page of a List call was read: present and none failed. An operation not offered
   * in the region is not "read": nothing can be configured there, so region-wide questions built on
   * it (are there prompts, an enforced guardrail?) are not asked and stay NOT_APPLICABLE.
   */
  static boolean listed(ScopeCalls calls, String service, String operation) {
    var pages = calls.all(service, operation);
    return !pages.isEmpty() && pages.stream().noneMatch(ApiCall::failed);
  }

  /**
   * The response of the call whose request field {@code field} holds any of {@code identifiers}
   * (AWS accepts a name, an id or an ARN), or whose file suffix is one of them; a gap for {@code
   * arn} when it is missing or failed.
   */
  static Optional<JsonNode> byAnyId(
      ScopeCalls calls,
      String service,
      String operation,
      String field,
      String arn,
      List<String> identifiers,
      String... hiddenTypes) {
    return calls
        .callAbout(
            service,
            operation,
            c -> {
              String asked = Json.text(c.request(), field);
              return identifiers.stream()
                  .anyMatch(id -> id != null && (id.equals(asked) || id.equals(c.suffix())));
            },
            arn,
            hiddenTypes)
        .map(ApiCall::response);
  }

  /**
   * The response of the call whose request holds every given field value, or whose suffix joins the
   * values with {@code _} (as collectors name calls about nested resources); a gap for {@code arn}
   * when it is missing or failed.
   */
  static Optional<JsonNode> byFields(
      ScopeCalls calls,
      String service,
      String operation,
      String arn,
      List<Map.Entry<String, String>> fields,
      String... hiddenTypes) {
    String suffix = String.join("_", fields.stream().map(Map.Entry::getValue).toList());
    return calls
        .callAbout(
            service,
            operation,
            c ->
                suffix.equals(c.suffix())
                    || fields.stream()
                        .allMatch(e -> e.getValue().equals(Json.text(c.request(), e.getKey()))),
            arn,
            hiddenTypes)
        .map(ApiCall::response);
  }

  /**
   * Every page of a List call about one parent resource (request fields, or the joined values as
   * suffix); empty, with a gap for {@code arn}, when no page was collected or a page failed.
   */
  static Optional<List<JsonNode>> pagesAbout(
      ScopeCalls calls,
      String service,
      String operation,
      String arn,
      List<Map.Entry<String, String>> fields,
      String... hiddenTypes) {
    String suffix = String.join("_", fields.stream().map(Map.Entry::getValue).toList());
    List<ApiCall> pages =
        calls.all(service, operation).stream()
            .filter(
                c ->
                    suffix.equals(c.suffix())
                        || fields.stream()
                            .allMatch(e -> e.getValue().equals(Json.text(c.request(), e.getKey()))))
            .toList();
    if (pages.isEmpty() || pages.stream().anyMatch(ApiCall::failed)) {
      // Records the gap: not collected, or the failed page's error.
      calls.callAbout(service, operation, c -> pages.contains(c) && c.failed(), arn, hiddenTypes);
      return Optional.empty();
    }
    return Optional.of(pages.stream().map(ApiCall::response).toList());
  }
}
