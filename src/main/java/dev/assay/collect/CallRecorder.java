package dev.assay.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.pagination.sync.SdkIterable;

/**
 * Makes the calls of one service in one account and region and writes each into the snapshot: the
 * response when it succeeded, an error envelope when it failed. No failure escapes: a collector
 * asks, gets an answer or nothing, and goes on with the rest.
 */
public final class CallRecorder {

  private final String accountId;
  private final String region;
  private final String service;
  private final SnapshotWriter writer;
  private final Tally tally;
  private final boolean customEndpoint;
  private final Integer pageSize;

  CallRecorder(
      String accountId,
      String region,
      String service,
      SnapshotWriter writer,
      Tally tally,
      boolean customEndpoint,
      Integer pageSize) {
    this.accountId = accountId;
    this.region = region;
    this.service = service;
    this.writer = writer;
    this.tally = tally;
    this.customEndpoint = customEndpoint;
    this.pageSize = pageSize;
  }

  /**
   * Every page of a paginated List call, written as {@code <Operation>.json} when there is one page
   * and {@code <Operation>_1.json}, {@code _2}... when there are several (a failed page included).
   *
   * @return the items of the pages that could be read
   */
  public <Q extends SdkRequest, P extends SdkPojo, T> List<T> list(
      String operation,
      Q request,
      Function<Q, ? extends SdkIterable<P>> paginator,
      Function<P, List<T>> items) {
    Q paged = withPageSize(request);
    List<P> pages = new ArrayList<>();
    RuntimeException failure = null;
    try {
      for (P page : paginator.apply(paged)) {
        tally.call();
        pages.add(page);
      }
    } catch (RuntimeException e) {
      tally.call();
      failure = e;
    }
    int count = pages.size() + (failure == null ? 0 : 1);
    List<T> found = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      writer.write(
          accountId,
          region,
          service,
          operation,
          count == 1 ? "" : String.valueOf(i + 1),
          SdkJson.object(pages.get(i)));
      found.addAll(items.apply(pages.get(i)));
    }
    if (failure != null) {
      failed(operation, count == 1 ? "" : String.valueOf(count), "", paged, failure);
    }
    tally.resources(found.size());
    return found;
  }

  /**
   * Every page of a List call about one resource ({@code ListAttachedRolePolicies} of one role),
   * each written as {@code <Operation>_<suffix>.json} ({@code _<suffix>_page<n>} from the second
   * page on) in a {@code {"request", "response"}} envelope whose request names the resource.
   *
   * @return the items of the pages that could be read
   */
  public <Q extends SdkRequest, P extends SdkPojo, T> List<T> listAbout(
      String operation,
      String suffix,
      Q request,
      Function<Q, ? extends SdkIterable<P>> paginator,
      Function<P, List<T>> items) {
    return listAbout(operation, suffix, request, paginator, items, Integer.MAX_VALUE, true);
  }

  /**
   * As {@link #listAbout(String, String, SdkRequest, Function, Function)}, reading at most {@code
   * maxPages}; when more remain and {@code truncatedIsGap}, an error envelope says the list is
   * incomplete, so what depends on it is unknown rather than judged on part of it.
   */
  public <Q extends SdkRequest, P extends SdkPojo, T> List<T> listAbout(
      String operation,
      String suffix,
      Q request,
      Function<Q, ? extends SdkIterable<P>> paginator,
      Function<P, List<T>> items,
      int maxPages,
      boolean truncatedIsGap) {
    Q paged = withPageSize(request);
    ObjectNode asked = SdkJson.object(paged);
    List<T> found = new ArrayList<>();
    int page = 0;
    try {
      var it = paginator.apply(paged).iterator();
      while (it.hasNext()) {
        if (page == maxPages) {
          if (truncatedIsGap) {
            writeError(
                operation,
                pageSuffix(suffix, page + 1),
                suffix,
                asked,
                new CallErrors.CallError(
                    "TooManyPages",
                    "stopped after " + maxPages + " pages; the list is incomplete"));
          }
          break;
        }
        P p = it.next();
        tally.call();
        page++;
        ObjectNode wrapped = JsonNodeFactory.instance.objectNode();
        wrapped.set("request", asked);
        wrapped.set("response", SdkJson.object(p));
        writer.write(accountId, region, service, operation, pageSuffix(suffix, page), wrapped);
        found.addAll(items.apply(p));
      }
    } catch (RuntimeException e) {
      tally.call();
      failed(operation, pageSuffix(suffix, page + 1), suffix, paged, e);
    }
    tally.resources(found.size());
    return found;
  }

  private static String pageSuffix(String suffix, int page) {
    return page <= 1 ? suffix : suffix + "_page" + page;
  }

  /** A scope-wide call (no resource in its request), written bare as the CLI prints it. */
  public <Q extends SdkRequest, R extends SdkPojo> Optional<R> single(
      String operation, Q request, Function<Q, R> call) {
    return call(operation, "", "", request, call, false);
  }

  /**
   * A call about one resource, written as {@code <Operation>_<suffix>.json} in a {@code {"request",
   * "response"}} envelope, so it can be matched by the file name or by the request.
   */
  public <Q extends SdkRequest, R extends SdkPojo> Optional<R> detail(
      String operation, String suffix, Q request, Function<Q, R> call) {
    return call(operation, suffix, suffix, request, call, true);
  }

  /**
   * As {@link #detail}, where some error codes are AWS's way of saying "not configured" ({@code
   * NoSuchBucketPolicy}, {@code NoSuchEntity} for a user without a console password): the answer is
   * written as an error envelope for the normalizer to judge, but is not a gap of the collection.
   */
  public <Q extends SdkRequest, R extends SdkPojo> Optional<R> detailOrAbsent(
      String operation,
      String suffix,
      Q request,
      Function<Q, R> call,
      java.util.Set<String> absentCodes) {
    tally.call();
    try {
      R response = call.apply(request);
      ObjectNode wrapped = JsonNodeFactory.instance.objectNode();
      wrapped.set("request", SdkJson.object(request));
      wrapped.set("response", SdkJson.object(response));
      writer.write(accountId, region, service, operation, suffix, wrapped);
      return Optional.of(response);
    } catch (RuntimeException e) {
      CallErrors.CallError error = CallErrors.classify(e, customEndpoint);
      if (!absentCodes.contains(error.code())) {
        writeError(operation, suffix, suffix, SdkJson.object(request), error);
        return Optional.empty();
      }
      ObjectNode envelope = JsonNodeFactory.instance.objectNode();
      envelope.set("request", SdkJson.object(request));
      ObjectNode err = envelope.putObject("error");
      err.put("Code", error.code());
      err.put("Message", error.message());
      writer.write(accountId, region, service, operation, suffix, envelope);
      return Optional.empty();
    }
  }

  /**
   * A bookkeeping call (which regions exist) whose answer is not evidence: only a failure is
   * written, so the snapshot still shows why a collection is incomplete.
   */
  public <Q extends SdkRequest, R extends SdkPojo> Optional<R> attempt(
      String operation, Q request, Function<Q, R> call) {
    tally.call();
    try {
      return Optional.of(call.apply(request));
    } catch (RuntimeException e) {
      failed(operation, "", "", request, e);
      return Optional.empty();
    }
  }

  /** Records a call that was never made because its scope could not be entered. */
  public void unreachable(String operation, CallErrors.CallError error) {
    tally.call();
    writeError(operation, "", "", JsonNodeFactory.instance.objectNode(), error);
  }

  private <Q extends SdkRequest, R extends SdkPojo> Optional<R> call(
      String operation,
      String suffix,
      String resource,
      Q request,
      Function<Q, R> call,
      boolean envelope) {
    tally.call();
    R response;
    try {
      response = call.apply(request);
    } catch (RuntimeException e) {
      failed(operation, suffix, resource, request, e);
      return Optional.empty();
    }
    JsonNode body = SdkJson.object(response);
    if (envelope) {
      ObjectNode wrapped = JsonNodeFactory.instance.objectNode();
      wrapped.set("request", SdkJson.object(request));
      wrapped.set("response", body);
      body = wrapped;
    }
    writer.write(accountId, region, service, operation, suffix, body);
    return Optional.of(response);
  }

  private void failed(
      String operation, String suffix, String resource, SdkPojo request, RuntimeException e) {
    CallErrors.CallError error = CallErrors.classify(e, customEndpoint);
    writeError(operation, suffix, resource, SdkJson.object(request), error);
  }

  private void writeError(
      String operation,
      String suffix,
      String resource,
      ObjectNode request,
      CallErrors.CallError error) {
    ObjectNode envelope = JsonNodeFactory.instance.objectNode();
    envelope.set("request", request);
    ObjectNode err = envelope.putObject("error");
    err.put("Code", error.code());
    err.put("Message", error.message());
    writer.write(accountId, region, service, operation, suffix, envelope);
    tally.failed(
        new Gap(accountId, region, service, operation, resource, error.code(), error.message()));
  }

  /** Sets the request's MaxResults (whatever its case) when a page size is configured. */
  @SuppressWarnings("unchecked")
  private <Q extends SdkRequest> Q withPageSize(Q request) {
    if (pageSize == null) {
      return request;
    }
    SdkRequest.Builder builder = request.toBuilder();
    for (SdkField<?> field : ((SdkPojo) builder).sdkFields()) {
      if (field.memberName().equalsIgnoreCase("MaxResults")) {
        field.set(builder, pageSize);
        return (Q) builder.build();
      }
    }
    return request;
  }
}
