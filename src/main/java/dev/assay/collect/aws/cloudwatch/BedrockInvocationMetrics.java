package dev.assay.collect.aws.cloudwatch;

import dev.assay.collect.CallRecorder;
import dev.assay.collect.ServiceScope;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricStatisticsRequest;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

/**
 * Daily {@code AWS/Bedrock} invocation counts of one model (a provisioned throughput or a custom
 * model, by its ARN as the {@code ModelId} dimension) over the same window as endpoints. Written
 * with the model's ARN as suffix: names of throughputs and models may clash, ARNs do not.
 */
public final class BedrockInvocationMetrics {

  private final ServiceScope scope;
  private final CallRecorder recorder;

  public BedrockInvocationMetrics(ServiceScope scope) {
    this.scope = scope;
    this.recorder = scope.recorder("cloudwatch");
  }

  public void collect(String modelArn) {
    if (modelArn == null) {
      return;
    }
    Instant end = scope.collectedAt().truncatedTo(ChronoUnit.SECONDS);
    CloudWatchClient cw = scope.client(CloudWatchClient::builder);
    GetMetricStatisticsRequest request =
        GetMetricStatisticsRequest.builder()
            .namespace("AWS/Bedrock")
            .metricName("Invocations")
            .dimensions(Dimension.builder().name("ModelId").value(modelArn).build())
            .startTime(end.minus(InvocationMetrics.WINDOW))
            .endTime(end)
            .period((int) Duration.ofDays(1).toSeconds())
            .statistics(Statistic.SUM)
            .build();
    recorder.detail("GetMetricStatistics", modelArn, request, cw::getMetricStatistics);
  }
}
