package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.Endpoint;
import dev.assay.fact.EndpointAlarms;
import dev.assay.fact.EndpointMonitoring;
import dev.assay.fact.EndpointScaling;
import dev.assay.snapshot.SageMakerEndpoints.Served;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What other services say about in-service endpoints: Model Monitor schedules, Application Auto
 * Scaling targets and CloudWatch alarms. Each becomes its own fact type, so one unreadable service
 * makes only its own checks ERROR; none is read where no endpoint is in service.
 */
final class SageMakerEndpointAspects {

  private static final String SCALING = "application-autoscaling";
  private static final Set<String> AVAILABILITY_METRICS =
      Set.of("Invocation5XXErrors", "ModelLatency");

  Set<String> reads() {
    return Set.of("application-autoscaling.DescribeScalableTargets", "cloudwatch.DescribeAlarms");
  }

  void normalize(ScopeCalls calls, List<Served> served, FactSink out) {
    if (served.isEmpty()) {
      return;
    }
    monitoring(calls, served, out);
    scaling(calls, served, out);
    alarms(calls, served, out);
  }

  /**
   * The schedules themselves are read by {@link SageMakerMonitoring}; this only needs the list
   * whole.
   */
  private void monitoring(ScopeCalls calls, List<Served> served, FactSink out) {
    if (!wholeList(calls, SageMakerCalls.SM, "ListMonitoringSchedules", "EndpointMonitoring")) {
      return;
    }
    for (Served s : served) {
      Endpoint e = s.endpoint();
      out.add(new EndpointMonitoring(e.arn(), e.accountId(), e.region(), e.name()));
    }
  }

  private void scaling(ScopeCalls calls, List<Served> served, FactSink out) {
    List<JsonNode> targets =
        calls.listItems(SCALING, "DescribeScalableTargets", "ScalableTargets", "EndpointScaling");
    if (!SageMakerCalls.listed(calls, SCALING, "DescribeScalableTargets")) {
      return;
    }
    Set<String> scaled = new HashSet<>();
    for (JsonNode target : targets) {
      String namespace = Json.text(target, "ServiceNamespace");
      if (namespace == null || "sagemaker".equals(namespace)) {
        scaled.add(Json.text(target, "ResourceId"));
      }
    }
    for (Served s : served) {
      Endpoint e = s.endpoint();
      List<String> unscaled = new ArrayList<>();
      for (JsonNode variant : Json.array(s.detail(), "ProductionVariants")) {
        String name = Json.text(variant, "VariantName");
        if (!scalesItself(variant)
            && !scaled.contains("endpoint/" + e.name() + "/variant/" + name)) {
          unscaled.add(name);
        }
      }
      out.add(new EndpointScaling(e.arn(), e.accountId(), e.region(), e.name(), unscaled));
    }
  }

  /** Serverless variants and variants with managed instance scaling need no scalable target. */
  private static boolean scalesItself(JsonNode variant) {
    return hasObject(variant, "CurrentServerlessConfig")
        || hasObject(variant, "DesiredServerlessConfig")
        || "ENABLED".equals(Json.text(variant.path("ManagedInstanceScaling"), "Status"));
  }

  private static boolean hasObject(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isObject() && !value.isEmpty();
  }

  private void alarms(ScopeCalls calls, List<Served> served, FactSink out) {
    List<JsonNode> alarms =
        calls.listItems("cloudwatch", "DescribeAlarms", "MetricAlarms", "EndpointAlarms");
    if (!SageMakerCalls.listed(calls, "cloudwatch", "DescribeAlarms")) {
      return;
    }
    for (Served s : served) {
      Endpoint e = s.endpoint();
      boolean watched = alarms.stream().anyMatch(a -> watchesAvailability(a, e.name()));
      out.add(new EndpointAlarms(e.arn(), e.accountId(), e.region(), e.name(), watched));
    }
  }

  /** A plain metric alarm, or a metric-math alarm with one such metric among its queries. */
  private static boolean watchesAvailability(JsonNode alarm, String endpointName) {
    if (isAvailabilityMetric(alarm, endpointName)) {
      return true;
    }
    return Json.array(alarm, "Metrics").stream()
        .anyMatch(q -> isAvailabilityMetric(q.path("MetricStat").path("Metric"), endpointName));
  }

  private static boolean isAvailabilityMetric(JsonNode metric, String endpointName) {
    return "AWS/SageMaker".equals(Json.text(metric, "Namespace"))
        && AVAILABILITY_METRICS.contains(Json.text(metric, "MetricName"))
        && SageMakerEndpoints.namesEndpoint(metric, endpointName);
  }

  /**
   * Whether a scope-wide list was read completely; otherwise records its gap for {@code type} (its
   * own reader records the gaps of the types it emits).
   */
  static boolean wholeList(ScopeCalls calls, String service, String operation, String type) {
    if (SageMakerCalls.listed(calls, service, operation)) {
      return true;
    }
    calls.callAbout(
        service,
        operation,
        c -> c.failed() && !ScopeCalls.NOT_OFFERED.equals(c.error().code()),
        null,
        type);
    return false;
  }
}
