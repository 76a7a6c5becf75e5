package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The reads every part of the SageMaker normalizer shares: the Describe call about one listed
 * resource, the pages of a List call about one resource, and the ARN AWS would give it.
 */
final class SageMakerCalls {

  static final String SM = "sagemaker";

  private SageMakerCalls() {}

  /**
   * The Describe call about one listed resource, named by its request, by its file suffix or, for a
   * bare response saved under a counter suffix ({@code _1}), by the same name field in the
   * response.
   */
  static Optional<JsonNode> describe(
      ScopeCalls calls,
      String operation,
      String nameField,
      String name,
      String arn,
      String... hiddenTypes) {
    return calls
        .callAbout(SM, operation, c -> names(c, nameField, name), arn, hiddenTypes)
        .map(ApiCall::response);
  }

  /** Whether a call is about the resource {@code name}: by request, suffix or response field. */
  static boolean names(ApiCall c, String nameField, String name) {
    return name != null
        && (name.equals(c.suffix())
            || name.equals(Json.text(c.request(), nameField))
            || (c.response() != null && name.equals(Json.text(c.response(), nameField))));
  }

  /**
   * Every page of a List call about one resource ({@code ListModelPackages} of one group, {@code
   * ListTags} of one ARN); empty, with a gap for that resource, when a page is missing or failed.
   */
  static Optional<List<JsonNode>> pagesAbout(
      ScopeCalls calls,
      String service,
      String operation,
      Predicate<ApiCall> about,
      String arn,
      String... hiddenTypes) {
    List<ApiCall> pages = calls.all(service, operation).stream().filter(about).toList();
    if (pages.isEmpty()) {
      // Records the "not collected" gap.
      calls.callAbout(service, operation, c -> false, arn, hiddenTypes);
      return Optional.empty();
    }
    Optional<ApiCall> failed = pages.stream().filter(ApiCall::failed).findFirst();
    if (failed.isPresent()) {
      // Records the failure as the gap of this resource.
      calls.callAbout(service, operation, c -> c == failed.get(), arn, hiddenTypes);
      return Optional.empty();
    }
    return Optional.of(pages.stream().map(ApiCall::response).toList());
  }

  /**
   * Whether a scope-wide List call was read completely (every page present and successful). Facts
   * that answer a question from such a list are only emitted then; otherwise the gap speaks.
   */
  static boolean listed(ScopeCalls calls, String service, String operation) {
    List<ApiCall> pages = calls.all(service, operation);
    return !pages.isEmpty()
        && pages.stream()
            .noneMatch(p -> p.failed() && !ScopeCalls.NOT_OFFERED.equals(p.error().code()));
  }

  /** The ARN a List item gives, or the one AWS would (SageMaker lowercases names in ARNs). */
  static String listedArn(
      ScopeCalls calls, JsonNode item, String arnField, String prefix, String name) {
    String arn = Json.text(item, arnField);
    if (arn != null || name == null) {
      return arn;
    }
    return calls.arn(SM, prefix + name.toLowerCase(Locale.ROOT));
  }

  /** {@code true} only for an explicit {@code true}; AWS's default for these switches is off. */
  static boolean on(JsonNode node, String field) {
    return Boolean.TRUE.equals(Json.bool(node, field));
  }

  /** Whether {@code VpcConfig.Subnets} names at least one subnet. */
  static boolean hasSubnets(JsonNode resource) {
    return !Json.array(resource.path("VpcConfig"), "Subnets").isEmpty();
  }
}
