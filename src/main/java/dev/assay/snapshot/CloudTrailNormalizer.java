package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.fact.BedrockTrailLogging;
import dev.assay.fact.CloudTrailActivity;
import dev.assay.fact.LlmJackingWatch;
import dev.assay.fact.TrailIdentity;
import dev.assay.fact.TrailIdentityCall;
import dev.assay.snapshot.IamReads.Failure;
import dev.assay.snapshot.IamReads.Known;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * AWS CloudTrail: whether some logging trail records Bedrock activity, and the event history
 * ({@code LookupEvents}) for LLMjacking detection and as proof that Bedrock or SageMaker is used.
 */
public final class CloudTrailNormalizer implements Normalizer {

  private static final String CT = "cloudtrail";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Set<String> reads() {
    return Set.of(
        "cloudtrail.DescribeTrails",
        "cloudtrail.GetTrailStatus",
        "cloudtrail.GetEventSelectors",
        "cloudtrail.LookupEvents");
  }

  @Override
  public void normalize(ScopeCalls calls, FactSink out) {
    trails(calls, out);
    events(calls, out);
  }

  private void trails(ScopeCalls calls, FactSink out) {
    IamReads reads = new IamReads(calls);
    List<String> qualifying = new ArrayList<>();
    List<Failure> unreadable = new ArrayList<>();
    for (JsonNode trail :
        calls.listItems(CT, "DescribeTrails", "trailList", "BedrockTrailLogging")) {
      String name = Json.text(trail, "Name");
      String arn = Json.text(trail, "TrailARN", name);
      if (name == null) {
        continue;
      }
      Known<JsonNode> status =
          reads.one(CT, "GetTrailStatus", c -> names(c, "Name", name, arn), Set.of());
      if (!status.ok()) {
        unreadable.addAll(status.failures());
        continue;
      }
      if (!Boolean.TRUE.equals(Json.bool(status.value(), "IsLogging"))) {
        continue;
      }
      Known<JsonNode> selectors =
          reads.one(CT, "GetEventSelectors", c -> names(c, "TrailName", name, arn), Set.of());
      if (!selectors.ok()) {
        unreadable.addAll(selectors.failures());
      } else if (CloudTrailSelectors.recordsBedrock(selectors.value())) {
        qualifying.add(name);
      }
    }
    // One trail that is known to record Bedrock settles the region; unreadable others do not
    // matter.
    if (qualifying.isEmpty()) {
      unreadable.forEach(f -> out.gap(f.gap(calls, "BedrockTrailLogging", null)));
    }
    out.add(
        new BedrockTrailLogging(
            calls.accountId(), calls.region(), String.join(", ", qualifying), false));
  }

  private static boolean names(ApiCall c, String field, String name, String arn) {
    String asked = Json.text(c.request(), field);
    return name.equals(asked) || arn.equals(asked) || name.equals(c.suffix());
  }

  private void events(ScopeCalls calls, FactSink out) {
    Map<String, Map<String, Instant>> byIdentity = new LinkedHashMap<>();
    Set<String> families = new LinkedHashSet<>();
    for (JsonNode event : calls.listItems(CT, "LookupEvents", "Events", "LlmJackingWatch")) {
      String source = Json.text(event, "EventSource", "");
      if (source.startsWith("bedrock") && source.endsWith(".amazonaws.com")) {
        families.add("bedrock");
      } else if (source.equals("sagemaker.amazonaws.com")) {
        families.add("sagemaker");
      }
      String identity = identityArn(event);
      String name = Json.text(event, "EventName");
      if (identity == null || name == null) {
        continue;
      }
      Instant at = Json.instant(event, "EventTime");
      byIdentity
          .computeIfAbsent(identity, k -> new LinkedHashMap<>())
          .merge(name, at, (a, b) -> a == null ? b : b == null || a.isAfter(b) ? a : b);
    }
    families.forEach(f -> out.add(new CloudTrailActivity(calls.accountId(), calls.region(), f)));
    byIdentity.forEach(
        (identity, names) -> {
          out.add(new TrailIdentity(calls.accountId(), calls.region(), identity));
          names.forEach(
              (name, at) ->
                  out.add(
                      new TrailIdentityCall(
                          calls.accountId(), calls.region(), identity, name, at)));
        });
    out.add(new LlmJackingWatch(calls.accountId(), calls.region(), false));
  }

  /** {@code userIdentity.arn} of the event record, which LookupEvents returns as a JSON string. */
  private static String identityArn(JsonNode event) {
    JsonNode record = event.get("CloudTrailEvent");
    try {
      if (record != null && record.isTextual()) {
        record = JSON.readTree(record.asText());
      }
    } catch (Exception e) {
      return null;
    }
    return record == null ? null : Json.text(record.path("userIdentity"), "arn");
  }
}
