package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.assay.fact.CollectionGap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The calls of one account and region, with the two reads every normalizer needs: the items of a
 * (possibly paginated) List call and the detail call about one resource. Both record a {@link
 * CollectionGap} when the answer is missing or failed, so no normalizer can forget to.
 */
public final class ScopeCalls {

  /**
   * The error code collectors record when a service or operation is not offered in a region
   * (ListCustomModels outside its regions): nothing can exist there, so it is not a gap.
   */
  public static final String NOT_OFFERED = "ServiceNotAvailableInRegion";

  private final Snapshot snapshot;
  private final Scope scope;
  private final FactSink sink;
  // ScopeCalls lives for one scope of one normalization, on one thread.
  private final Map<String, Map<String, List<ApiCall>>> callsByOperation = new HashMap<>();
  // Keyed by records of the (literal, hash-cached) names: keys concatenated per lookup cost a
  // string build and a hash computation each time a normalizer looked up one resource.
  private final Map<OperationField, Map<String, Integer>> firstByField = new HashMap<>();
  private final Map<OperationField, Map<String, Integer>> firstBySuffix = new HashMap<>();
  // The compliance check the reads under way belong to (aboutCheck), stamped on their gaps.
  private String gapCheck;

  ScopeCalls(Snapshot snapshot, Scope scope, FactSink sink) {
    this.snapshot = snapshot;
    this.scope = scope;
    this.sink = sink;
  }

  public Scope scope() {
    return scope;
  }

  public String accountId() {
    return scope.accountId();
  }

  public String region() {
    return scope.region();
  }

  /**
   * The ARN AWS would give a resource of this account and region, for responses that leave it out:
   * {@code arn("sagemaker", "notebook-instance/" + name)}. {@code null} when the path is.
   */
  public String arn(String service, String resourcePath) {
    if (resourcePath == null) {
      return null;
    }
    String region = scope.global() ? "" : scope.region();
    return "arn:aws:" + service + ":" + region + ":" + scope.accountId() + ":" + resourcePath;
  }

  /**
   * Runs reads that belong to one AWS-run compliance check (the details of one Config rule): the
   * gaps they record name that check, so an unread result is an ERROR only of the controls that
   * take the check as evidence ({@link CollectionGap#check()}).
   */
  public <T> T aboutCheck(String check, Supplier<T> reads) {
    String outer = gapCheck;
    gapCheck = check;
    try {
      return reads.get();
    } finally {
      gapCheck = outer;
    }
  }

  public List<ApiCall> all(String service, String operation) {
    return callsByOperation
        .computeIfAbsent(service, this::byOperation)
        .getOrDefault(operation, List.of());
  }

  /**
   * A service's calls grouped by operation, in snapshot order. Normalizers ask for one operation
   * per resource (GetRolePolicy for each role), and filtering every call of the service each time
   * grew with the square of the account's size.
   */
  private Map<String, List<ApiCall>> byOperation(String service) {
    Map<String, List<ApiCall>> grouped = new HashMap<>();
    for (ApiCall call : snapshot.callsIn(scope, service)) {
      grouped.computeIfAbsent(call.operation(), k -> new ArrayList<>()).add(call);
    }
    grouped.replaceAll((operation, calls) -> Collections.unmodifiableList(calls));
    return grouped;
  }

  /**
   * The items of every page of a List call. A missing or failed page makes the whole scope of the
   * hidden resource types unknown (a gap); items of readable pages are still returned.
   */
  public List<JsonNode> listItems(
      String service, String operation, String itemsField, String... hiddenTypes) {
    List<ApiCall> pages = all(service, operation);
    if (pages.isEmpty()) {
      notCollected(service, operation, null, hiddenTypes);
    }
    List<JsonNode> items = new ArrayList<>();
    for (ApiCall page : pages) {
      if (page.failed() && NOT_OFFERED.equals(page.error().code())) {
        continue;
      }
      if (page.failed()) {
        failed(page, null, hiddenTypes);
      } else {
        items.addAll(Json.array(page.response(), itemsField));
      }
    }
    return items;
  }

  /**
   * The single response of a scope-wide call (no resource in its request), or empty with a gap
   * recorded when it is missing or failed.
   */
  public Optional<JsonNode> single(String service, String operation, String... hiddenTypes) {
    List<ApiCall> calls = all(service, operation);
    if (calls.isEmpty()) {
      notCollected(service, operation, null, hiddenTypes);
      return Optional.empty();
    }
    ApiCall call = calls.get(0);
    if (call.failed() && NOT_OFFERED.equals(call.error().code())) {
      return Optional.empty();
    }
    if (call.failed()) {
      failed(call, null, hiddenTypes);
      return Optional.empty();
    }
    return Optional.of(call.response());
  }

  /**
   * The response of the call about one resource, found by a request parameter or the file suffix;
   * empty, with a gap for that resource, when it is missing or failed.
   */
  public Optional<JsonNode> detail(
      String service,
      String operation,
      String requestField,
      String key,
      String resourceArn,
      String... hiddenTypes) {
    if (key == null) {
      // A listed item without a name cannot be looked up: its details are unknown.
      notCollected(service, operation, resourceArn, hiddenTypes);
      return Optional.empty();
    }
    Optional<ApiCall> found =
        Optional.ofNullable(firstAbout(service, operation, requestField, key));
    return readable(found, service, operation, resourceArn, hiddenTypes).map(ApiCall::response);
  }

  /**
   * The first call of an operation whose request field or file suffix is {@code key}, or {@code
   * null}. Normalizers ask this once per resource, and scanning every call each time grew with the
   * square of the account's size: the calls are indexed by both once per (operation, field).
   */
  private ApiCall firstAbout(String service, String operation, String requestField, String key) {
    List<ApiCall> calls = all(service, operation);
    Map<String, Integer> byField =
        firstByField.computeIfAbsent(
            new OperationField(service, operation, requestField),
            k -> {
              Map<String, Integer> first = new HashMap<>();
              for (int i = 0; i < calls.size(); i++) {
                String value = Json.text(calls.get(i).request(), requestField);
                if (value != null) {
                  first.putIfAbsent(value, i);
                }
              }
              return first;
            });
    Map<String, Integer> bySuffix =
        firstBySuffix.computeIfAbsent(
            new OperationField(service, operation, null),
            k -> {
              Map<String, Integer> first = new HashMap<>();
              for (int i = 0; i < calls.size(); i++) {
                first.putIfAbsent(calls.get(i).suffix(), i);
              }
              return first;
            });
    int field = byField.getOrDefault(key, Integer.MAX_VALUE);
    int suffix = bySuffix.getOrDefault(key, Integer.MAX_VALUE);
    int first = Math.min(field, suffix);
    return first == Integer.MAX_VALUE ? null : calls.get(first);
  }

  /** A request field of an operation, or the operation alone (field {@code null}). */
  private record OperationField(String service, String operation, String field) {}

  /**
   * As {@link #detail}, where some error codes mean "not configured" rather than "unreadable"
   * ({@code NoSuchBucketPolicy}): those answers come back as a {@link
   * com.fasterxml.jackson.databind.node.MissingNode}, for the normalizer to judge, not as a gap.
   */
  public Optional<JsonNode> detailOrAbsent(
      String service,
      String operation,
      String requestField,
      String key,
      String resourceArn,
      Set<String> absentCodes,
      String... hiddenTypes) {
    if (key == null) {
      return detail(service, operation, requestField, null, resourceArn, hiddenTypes);
    }
    ApiCall found = firstAbout(service, operation, requestField, key);
    if (found != null && found.failed() && absentCodes.contains(found.error().code())) {
      return Optional.of(MissingNode.getInstance());
    }
    return detail(service, operation, requestField, key, resourceArn, hiddenTypes);
  }

  /**
   * The successful call about one resource, chosen by a predicate (for resources named in nested
   * request fields); empty, with a gap for that resource, when it is missing or failed; empty
   * without a gap when the operation is not offered in the region ({@link #NOT_OFFERED}).
   */
  public Optional<ApiCall> callAbout(
      String service,
      String operation,
      Predicate<ApiCall> about,
      String resourceArn,
      String... hiddenTypes) {
    Optional<ApiCall> found = all(service, operation).stream().filter(about).findFirst();
    return readable(found, service, operation, resourceArn, hiddenTypes);
  }

  /** The call found about a resource if it succeeded; else empty, with a gap where one is due. */
  private Optional<ApiCall> readable(
      Optional<ApiCall> found,
      String service,
      String operation,
      String resourceArn,
      String... hiddenTypes) {
    if (found.isEmpty()) {
      notCollected(service, operation, resourceArn, hiddenTypes);
      return Optional.empty();
    }
    if (found.get().failed() && NOT_OFFERED.equals(found.get().error().code())) {
      // The operation does not exist in this region (a detail call some regions lack): there is
      // nothing to read about the resource here, so its rules are not applicable, not unknown.
      return Optional.empty();
    }
    if (found.get().failed()) {
      failed(found.get(), resourceArn, hiddenTypes);
      return Optional.empty();
    }
    return found;
  }

  private void notCollected(
      String service, String operation, String resourceArn, String... hiddenTypes) {
    for (String type : hiddenTypes) {
      sink.gap(
          new CollectionGap(
              accountId(),
              region(),
              service,
              operation,
              type,
              resourceArn,
              CollectionGap.NOT_COLLECTED,
              "no " + service + "." + operation + " response in the snapshot",
              gapCheck));
    }
  }

  private void failed(ApiCall call, String resourceArn, String... hiddenTypes) {
    for (String type : hiddenTypes) {
      sink.gap(
          new CollectionGap(
              accountId(),
              region(),
              call.service(),
              call.operation(),
              type,
              resourceArn,
              call.error().code(),
              call.error().message(),
              gapCheck));
    }
  }
}
