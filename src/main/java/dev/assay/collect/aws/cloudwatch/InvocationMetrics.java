package dev.assay.collect.aws.cloudwatch;

import dev.assay.collect.CallRecorder;
import dev.assay.collect.ServiceScope;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricStatisticsRequest;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

/**
 * Daily invocation counts of a SageMaker endpoint over the 14 days before the collection, one
 * {@code GetMetricStatistics} per production variant: SageMaker publishes {@code Invocations} only
 * with both {@code EndpointName} and {@code VariantName}, and CloudWatch matches dimension sets
 * exactly, so asking by endpoint name alone would always answer "no traffic".
 */
public final class InvocationMetrics {

  public static final String OPERATION = "cloudwatch.GetMetricStatistics";
  public static final Duration WINDOW = Duration.ofDays(14);

  private final ServiceScope scope;
  private final CallRecorder recorder;

  public InvocationMetrics(ServiceScope scope) {
    this.scope = scope;
    this.recorder = scope.recorder("cloudwatch");
  }

  /**
   * Written as {@code cloudwatch.GetMetricStatistics_<endpoint>.json} for a one-variant endpoint,
   * {@code _<endpoint>_<variant>} per variant otherwise; the request names the endpoint either way.
   */
  public void collect(String endpointName, List<String> variants) {
    Instant end = scope.collectedAt().truncatedTo(ChronoUnit.SECONDS);
    CloudWatchClient cw = scope.client(CloudWatchClient::builder);
    List<String> each = variants.isEmpty() ? java.util.Collections.singletonList(null) : variants;
    for (String variant : each) {
      List<Dimension> dims = new ArrayList<>();
      dims.add(Dimension.builder().name("EndpointName").value(endpointName).build());
      if (variant != null) {
        dims.add(Dimension.builder().name("VariantName").value(variant).build());
      }
      GetMetricStatisticsRequest request =
          GetMetricStatisticsRequest.builder()
              .namespace("AWS/SageMaker")
              .metricName("Invocations")
              .dimensions(dims)
              .startTime(end.minus(WINDOW))
              .endTime(end)
              .period((int) Duration.ofDays(1).toSeconds())
              .statistics(Statistic.SUM)
              .build();
      String suffix = each.size() == 1 ? endpointName : endpointName + "_" + variant;
      recorder.detail("GetMetricStatistics", suffix, request, cw::getMetricStatistics);
    }
  }
}
