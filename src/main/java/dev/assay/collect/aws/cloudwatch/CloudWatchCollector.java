package dev.assay.collect.aws.cloudwatch;

import dev.assay.collect.CallRecorder;
import dev.assay.collect.ServiceCollector;
import dev.assay.collect.ServiceScope;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsRequest;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsResponse;

/**
 * Amazon CloudWatch alarms (on SageMaker endpoints and Bedrock runtime and agent metrics). The
 * invocation statistics are collected with the resources they count, by the SageMaker and Bedrock
 * collectors.
 */
public final class CloudWatchCollector implements ServiceCollector {

  private static final String CW = "cloudwatch";

  @Override
  public String name() {
    return CW;
  }

  @Override
  public Set<String> operations() {
    return Set.of("cloudwatch.DescribeAlarms");
  }

  @Override
  public List<String> entryOperations() {
    return List.of("cloudwatch.DescribeAlarms");
  }

  @Override
  public void collect(ServiceScope scope) {
    CloudWatchClient cw = scope.client(CloudWatchClient::builder);
    CallRecorder r = scope.recorder(CW);
    r.list(
        "DescribeAlarms",
        DescribeAlarmsRequest.builder().build(),
        cw::describeAlarmsPaginator,
        DescribeAlarmsResponse::metricAlarms);
  }
}
