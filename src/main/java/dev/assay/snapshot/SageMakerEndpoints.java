package dev.assay.snapshot;

import static dev.assay.snapshot.SageMakerCalls.SM;
import static dev.assay.snapshot.SageMakerCalls.describe;
import static dev.assay.snapshot.SageMakerCalls.listedArn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.Endpoint;
import dev.assay.fact.EndpointConfig;
import dev.assay.fact.EndpointUsage;
import dev.assay.fact.EndpointVariant;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Endpoint configurations, endpoints and the CloudWatch invocation metrics of endpoints. */
final class SageMakerEndpoints {

  /**
   * The facts that describe something about one in-service endpoint beyond its own Describe call:
   * an unreadable endpoint could be in service, so each of them is unknown too.
   */
  static final String[] ENDPOINT_ASPECTS = {
    "EndpointUsage", "EndpointMonitoring", "EndpointScaling", "EndpointAlarms", "DeployedModel"
  };

  /** An endpoint in service, with its {@code DescribeEndpoint} response. */
  record Served(Endpoint endpoint, JsonNode detail) {}

  Set<String> reads() {
    return Set.of(
        "sagemaker.ListEndpointConfigs",
        "sagemaker.DescribeEndpointConfig",
        "sagemaker.ListEndpoints",
        "sagemaker.DescribeEndpoint",
        "cloudwatch.GetMetricStatistics");
  }

  /** Emits configuration, endpoint and usage facts; returns the endpoints in service. */
  List<Served> normalize(ScopeCalls calls, FactSink out) {
    endpointConfigs(calls, out);
    return endpoints(calls, out);
  }

  private void endpointConfigs(ScopeCalls calls, FactSink out) {
    String type = "EndpointConfig";
    for (JsonNode item : calls.listItems(SM, "ListEndpointConfigs", "EndpointConfigs", type)) {
      String name = Json.text(item, "EndpointConfigName");
      String listedArn = listedArn(calls, item, "EndpointConfigArn", "endpoint-config/", name);
      describe(calls, "DescribeEndpointConfig", "EndpointConfigName", name, listedArn, type)
          .ifPresent(
              d -> {
                String arn = Json.text(d, "EndpointConfigArn", listedArn);
                out.add(
                    new EndpointConfig(
                        arn, calls.accountId(), calls.region(), name, Json.text(d, "KmsKeyId")));
                for (JsonNode v : Json.array(d, "ProductionVariants")) {
                  JsonNode serverless = v.get("ServerlessConfig");
                  out.add(
                      new EndpointVariant(
                          arn,
                          Json.text(v, "VariantName"),
                          Json.integer(v, "InitialInstanceCount"),
                          serverless != null && serverless.isObject() && !serverless.isEmpty()));
                }
              });
    }
  }

  private List<Served> endpoints(ScopeCalls calls, FactSink out) {
    List<Served> served = new ArrayList<>();
    for (JsonNode item : calls.listItems(SM, "ListEndpoints", "Endpoints", hidden())) {
      String name = Json.text(item, "EndpointName");
      String listedArn = listedArn(calls, item, "EndpointArn", "endpoint/", name);
      var detail = describe(calls, "DescribeEndpoint", "EndpointName", name, listedArn, hidden());
      if (detail.isEmpty()) {
        continue;
      }
      JsonNode d = detail.get();
      Endpoint endpoint =
          new Endpoint(
              Json.text(d, "EndpointArn", listedArn),
              calls.accountId(),
              calls.region(),
              name,
              Json.text(d, "EndpointConfigName"),
              Json.text(d, "EndpointStatus"));
      out.add(endpoint);
      if (endpoint.inService()) {
        served.add(new Served(endpoint, d));
        usage(calls, endpoint, out);
      }
    }
    return served;
  }

  private static String[] hidden() {
    String[] types = new String[ENDPOINT_ASPECTS.length + 1];
    types[0] = "Endpoint";
    System.arraycopy(ENDPOINT_ASPECTS, 0, types, 1, ENDPOINT_ASPECTS.length);
    return types;
  }

  /**
   * Sums the invocations of every metrics call about the endpoint: SageMaker publishes them per
   * variant, so collectors make one call per variant. Any missing or failed call leaves the usage
   * unknown (a gap), never a smaller sum.
   */
  private void usage(ScopeCalls calls, Endpoint endpoint, FactSink out) {
    List<ApiCall> metrics =
        calls.all("cloudwatch", "GetMetricStatistics").stream()
            .filter(
                c ->
                    endpoint.name().equals(c.suffix())
                        || namesEndpoint(c.request(), endpoint.name()))
            .toList();
    ApiCall failed = metrics.stream().filter(ApiCall::failed).findFirst().orElse(null);
    if (metrics.isEmpty() || failed != null) {
      calls.callAbout(
          "cloudwatch", "GetMetricStatistics", c -> c == failed, endpoint.arn(), "EndpointUsage");
      return;
    }
    long invocations = 0;
    long days = 0;
    for (ApiCall call : metrics) {
      for (JsonNode point : Json.array(call.response(), "Datapoints")) {
        invocations += Math.round(point.path("Sum").asDouble(0));
      }
      Instant start = Json.instant(call.request(), "StartTime");
      Instant end = Json.instant(call.request(), "EndTime");
      days =
          Math.max(days, start == null || end == null ? 0 : Duration.between(start, end).toDays());
    }
    out.add(
        new EndpointUsage(
            endpoint.arn(), calls.accountId(), calls.region(), endpoint.name(), invocations, days));
  }

  /**
   * Whether a metrics request or alarm names the endpoint in its {@code EndpointName} dimension.
   */
  static boolean namesEndpoint(JsonNode node, String endpointName) {
    return Json.array(node, "Dimensions").stream()
        .anyMatch(
            dim ->
                "EndpointName".equals(Json.text(dim, "Name"))
                    && endpointName.equals(Json.text(dim, "Value")));
  }
}
