package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.BedrockAgentAlarms;
import dev.assay.fact.BedrockRuntimeAlarms;
import dev.assay.fact.EnforcedGuardrails;
import java.util.List;
import java.util.Set;

/**
 * Region-wide Bedrock safeguards: account-level enforced guardrails and CloudWatch alarms on
 * Bedrock runtime and agent metrics.
 */
public final class BedrockRegionFeaturesNormalizer implements Normalizer {

  /** Runtime metrics that show failing, throttled or slow model invocations. */
  static final Set<String> RUNTIME_METRICS =
      Set.of(
          "InvocationClientErrors",
          "InvocationServerErrors",
          "InvocationThrottles",
          "InvocationLatency");

  private static final String RUNTIME = "BedrockRuntimeAlarms";
  private static final String AGENT = "BedrockAgentAlarms";

  @Override
  public Set<String> reads() {
    return Set.of(
        "bedrock.ListEnforcedGuardrailsConfiguration",
        "cloudwatch.DescribeAlarms",
        "bedrock-agent.ListAgents");
  }

  @Override
  public void normalize(ScopeCalls calls, FactSink out) {
    List<JsonNode> configs =
        calls.listItems(
            "bedrock",
            "ListEnforcedGuardrailsConfiguration",
            "guardrailsConfig",
            "EnforcedGuardrails");
    if (DetailCalls.listed(calls, "bedrock", "ListEnforcedGuardrailsConfiguration")) {
      out.add(new EnforcedGuardrails(calls.accountId(), calls.region(), configs.size(), false));
    }
    alarms(calls, out);
  }

  private static void alarms(ScopeCalls calls, FactSink out) {
    List<JsonNode> alarms =
        calls.listItems("cloudwatch", "DescribeAlarms", "MetricAlarms", RUNTIME, AGENT);
    boolean alarmsRead = DetailCalls.listed(calls, "cloudwatch", "DescribeAlarms");
    if (alarmsRead) {
      int runtime =
          (int) alarms.stream().filter(a -> watches(a, "AWS/Bedrock", RUNTIME_METRICS)).count();
      out.add(new BedrockRuntimeAlarms(calls.accountId(), calls.region(), runtime, false));
    }
    // The agent list's own gaps are recorded by BedrockAgentsNormalizer; this one only asks
    // whether the region has agents, so a failed list is a gap of this type too.
    List<ApiCall> agentPages = calls.all("bedrock-agent", "ListAgents");
    if (agentPages.isEmpty() || agentPages.stream().anyMatch(ApiCall::failed)) {
      calls.callAbout(
          "bedrock-agent", "ListAgents", c -> agentPages.contains(c) && c.failed(), null, AGENT);
      return;
    }
    int agents =
        agentPages.stream().mapToInt(p -> Json.array(p.response(), "agentSummaries").size()).sum();
    if (agents > 0 && alarmsRead) {
      int watching =
          (int) alarms.stream().filter(a -> watches(a, "AWS/Bedrock/Agents", null)).count();
      out.add(new BedrockAgentAlarms(calls.accountId(), calls.region(), agents, watching));
    }
  }

  /**
   * Whether a metric alarm, or one metric of a metric-math alarm, watches {@code namespace} (and
   * one of {@code metrics}, unless that is {@code null}).
   */
  private static boolean watches(JsonNode alarm, String namespace, Set<String> metrics) {
    if (isWatched(alarm, namespace, metrics)) {
      return true;
    }
    return Json.array(alarm, "Metrics").stream()
        .anyMatch(q -> isWatched(q.path("MetricStat").path("Metric"), namespace, metrics));
  }

  private static boolean isWatched(JsonNode metric, String namespace, Set<String> metrics) {
    return namespace.equals(Json.text(metric, "Namespace"))
        && (metrics == null || metrics.contains(Json.text(metric, "MetricName")));
  }
}
