package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.ClarifyAdoption;
import dev.assay.fact.Endpoint;
import dev.assay.fact.EndpointConfig;
import dev.assay.fact.EndpointUsage;
import dev.assay.fact.EndpointVariant;
import dev.assay.fact.NotebookInstance;
import dev.assay.fact.ProcessingJob;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** SageMaker AI responses to facts; also reads the CloudWatch invocation metrics of endpoints. */
public final class SageMakerNormalizer implements Normalizer {

  private static final String SM = "sagemaker";

  @Override
  public Set<String> reads() {
    return Set.of(
        "sagemaker.ListNotebookInstances",
        "sagemaker.DescribeNotebookInstance",
        "sagemaker.ListEndpointConfigs",
        "sagemaker.DescribeEndpointConfig",
        "sagemaker.ListEndpoints",
        "sagemaker.DescribeEndpoint",
        "sagemaker.ListProcessingJobs",
        "sagemaker.DescribeProcessingJob",
        "cloudwatch.GetMetricStatistics");
  }

  @Override
  public void normalize(ScopeCalls calls, FactSink out) {
    notebooks(calls, out);
    endpointConfigs(calls, out);
    endpoints(calls, out);
    processingJobs(calls, out);
    out.add(new ClarifyAdoption(calls.accountId(), calls.region(), false));
  }

  /**
   * The Describe call about one listed resource, named by its request, by its file suffix or, for a
   * bare response saved under a counter suffix ({@code _1}), by the same name field in the response.
   */
  private static Optional<JsonNode> describe(
      ScopeCalls calls,
      String operation,
      String nameField,
      String name,
      String arn,
      String... hiddenTypes) {
    return calls
        .callAbout(
            SM,
            operation,
            c ->
                name != null
                    && (name.equals(c.suffix())
                        || name.equals(Json.text(c.request(), nameField))
                        || name.equals(Json.text(c.response(), nameField))),
            arn,
            hiddenTypes)
        .map(ApiCall::response);
  }

  private void notebooks(ScopeCalls calls, FactSink out) {
    String type = "NotebookInstance";
    for (JsonNode item :
        calls.listItems(SM, "ListNotebookInstances", "NotebookInstances", type)) {
      String name = Json.text(item, "NotebookInstanceName");
      String arn = listedArn(calls, item, "NotebookInstanceArn", "notebook-instance/", name);
      describe(calls, "DescribeNotebookInstance", "NotebookInstanceName", name, arn, type)
          .ifPresent(
              d ->
                  out.add(
                      new NotebookInstance(
                          Json.text(d, "NotebookInstanceArn", arn),
                          calls.accountId(),
                          calls.region(),
                          name,
                          // Both settings default to Enabled when AWS leaves them out.
                          !"Disabled".equals(Json.text(d, "DirectInternetAccess")),
                          !"Disabled".equals(Json.text(d, "RootAccess")),
                          Json.text(d, "SubnetId"),
                          Json.text(d, "KmsKeyId"),
                          Json.text(d, "PlatformIdentifier"),
                          Json.text(d, "NotebookInstanceLifecycleConfigName"))));
    }
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

  private void endpoints(ScopeCalls calls, FactSink out) {
    for (JsonNode item : calls.listItems(SM, "ListEndpoints", "Endpoints", "Endpoint", "EndpointUsage")) {
      String name = Json.text(item, "EndpointName");
      String listedArn = listedArn(calls, item, "EndpointArn", "endpoint/", name);
      // An unreadable endpoint could be an idle one in service: its usage is unknown too.
      var detail =
          describe(calls, "DescribeEndpoint", "EndpointName", name, listedArn, "Endpoint", "EndpointUsage");
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
        usage(calls, endpoint, out);
      }
    }
  }

  private void usage(ScopeCalls calls, Endpoint endpoint, FactSink out) {
    calls
        .callAbout(
            "cloudwatch",
            "GetMetricStatistics",
            c -> endpoint.name().equals(c.suffix()) || namesEndpoint(c.request(), endpoint.name()),
            endpoint.arn(),
            "EndpointUsage")
        .ifPresent(
            metrics -> {
              long invocations = 0;
              for (JsonNode point : Json.array(metrics.response(), "Datapoints")) {
                invocations += Math.round(point.path("Sum").asDouble(0));
              }
              Instant start = Json.instant(metrics.request(), "StartTime");
              Instant end = Json.instant(metrics.request(), "EndTime");
              long days = start == null || end == null ? 0 : Duration.between(start, end).toDays();
              out.add(
                  new EndpointUsage(
                      endpoint.arn(),
                      calls.accountId(),
                      calls.region(),
                      endpoint.name(),
                      invocations,
                      days));
            });
  }

  private static boolean namesEndpoint(JsonNode request, String endpointName) {
    return Json.array(request, "Dimensions").stream()
        .anyMatch(
            dim ->
                "EndpointName".equals(Json.text(dim, "Name"))
                    && endpointName.equals(Json.text(dim, "Value")));
  }

  private void processingJobs(ScopeCalls calls, FactSink out) {
    String type = "ProcessingJob";
    for (JsonNode item :
        calls.listItems(SM, "ListProcessingJobs", "ProcessingJobSummaries", type, "ClarifyAdoption")) {
      String name = Json.text(item, "ProcessingJobName");
      String listedArn = listedArn(calls, item, "ProcessingJobArn", "processing-job/", name);
      describe(
              calls,
              "DescribeProcessingJob",
              "ProcessingJobName",
              name,
              listedArn,
              type,
              // An unreadable job could be the Clarify job that makes the region compliant.
              "ClarifyAdoption")
          .ifPresent(
              d ->
                  out.add(
                      new ProcessingJob(
                          Json.text(d, "ProcessingJobArn", listedArn),
                          calls.accountId(),
                          calls.region(),
                          name,
                          Json.text(d.path("AppSpecification"), "ImageUri"),
                          Json.text(
                              d.path("ProcessingResources").path("ClusterConfig"),
                              "VolumeKmsKeyId"),
                          Json.text(d, "ProcessingJobStatus"))));
    }
  }

  /** The ARN a List item gives, or the one AWS would (SageMaker lowercases names in ARNs). */
  private static String listedArn(
      ScopeCalls calls, JsonNode item, String arnField, String prefix, String name) {
    String arn = Json.text(item, arnField);
    if (arn != null || name == null) {
      return arn;
    }
    return calls.arn(SM, prefix + name.toLowerCase(java.util.Locale.ROOT));
  }
}
