package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.assay.fact.CollectionGap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads for the IAM and Organizations normalizers, which combine many calls into one fact (a role's
 * permissions need its attached policies, their documents, its inline policies and GetRole). Unlike
 * {@link ScopeCalls}, a read does not record gaps itself: it returns why it failed, and the
 * normalizer records gaps for exactly the facts that depended on it.
 */
final class IamReads {

  /** Why a read failed: the call and its error code ({@code NotCollected} when absent). */
  record Failure(String service, String operation, String code, String message) {

    CollectionGap gap(ScopeCalls calls, String type, String arn) {
      return new CollectionGap(
          calls.accountId(), calls.region(), service, operation, type, arn, code, message);
    }
  }

  /** A value read from the snapshot, or the failures that kept it unknown. */
  record Known<T>(T value, List<Failure> failures) {

    static <T> Known<T> of(T value) {
      return new Known<>(value, List.of());
    }

    static <T> Known<T> failed(List<Failure> failures) {
      return new Known<>(null, List.copyOf(failures));
    }

    boolean ok() {
      return failures.isEmpty();
    }

    /** Records a gap per failure for each type, about {@code arn}. */
    void gaps(ScopeCalls calls, FactSink out, String arn, String... types) {
      for (Failure f : failures) {
        for (String type : types) {
          out.gap(f.gap(calls, type, arn));
        }
      }
    }
  }

  private final ScopeCalls calls;

  IamReads(ScopeCalls calls) {
    this.calls = calls;
  }

  /** The request is about {@code fields} (or the file suffix joins their values with {@code _}). */
  static Predicate<ApiCall> about(Map<String, String> fields) {
    String suffix = String.join("_", fields.values());
    return c ->
        suffix.equals(c.suffix())
            || fields.entrySet().stream()
                .allMatch(e -> e.getValue().equals(Json.text(c.request(), e.getKey())));
  }

  /** Every page of a call about one resource, or why not. */
  Known<List<JsonNode>> pages(String service, String operation, Predicate<ApiCall> about) {
    List<ApiCall> pages = calls.all(service, operation).stream().filter(about).toList();
    if (pages.isEmpty()) {
      return Known.failed(List.of(notCollected(service, operation)));
    }
    List<Failure> failures = new ArrayList<>();
    List<JsonNode> responses = new ArrayList<>();
    for (ApiCall page : pages) {
      if (page.failed()) {
        failures.add(failure(page));
      } else {
        responses.add(page.response());
      }
    }
    return failures.isEmpty() ? Known.of(responses) : Known.failed(failures);
  }

  /** The items of every page of a call about one resource, or why not. */
  Known<List<JsonNode>> items(
      String service, String operation, Predicate<ApiCall> about, String itemsField) {
    Known<List<JsonNode>> pages = pages(service, operation, about);
    if (!pages.ok()) {
      return pages;
    }
    List<JsonNode> items = new ArrayList<>();
    pages.value().forEach(p -> items.addAll(Json.array(p, itemsField)));
    return Known.of(items);
  }

  /**
   * The response of one call, or why not; error codes in {@code absentCodes} mean "not there" (no
   * login profile) and come back as a {@link MissingNode}.
   */
  Known<JsonNode> one(
      String service, String operation, Predicate<ApiCall> about, Set<String> absentCodes) {
    ApiCall call = calls.all(service, operation).stream().filter(about).findFirst().orElse(null);
    if (call == null) {
      return Known.failed(List.of(notCollected(service, operation)));
    }
    if (call.failed()) {
      return absentCodes.contains(call.error().code())
          ? Known.of(MissingNode.getInstance())
          : Known.failed(List.of(failure(call)));
    }
    return Known.of(call.response());
  }

  static Failure notCollected(String service, String operation) {
    return new Failure(
        service,
        operation,
        CollectionGap.NOT_COLLECTED,
        "no " + service + "." + operation + " response in the snapshot");
  }

  static Failure failure(ApiCall call) {
    return new Failure(
        call.service(), call.operation(), call.error().code(), call.error().message());
  }
}
