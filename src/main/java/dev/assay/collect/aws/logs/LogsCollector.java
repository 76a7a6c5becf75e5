package dev.assay.collect.aws.logs;

import dev.assay.collect.CallRecorder;
import dev.assay.collect.ServiceCollector;
import dev.assay.collect.ServiceScope;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.DescribeLogGroupsRequest;
import software.amazon.awssdk.services.cloudwatchlogs.model.DescribeLogGroupsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.GetDataProtectionPolicyRequest;

/**
 * CloudWatch Logs: every log group (their KMS keys), and the data protection policy of AgentCore's
 * log groups (the Bedrock collector reads the one of the invocation-logging group).
 */
public final class LogsCollector implements ServiceCollector {

  private static final String LOGS = "logs";

  @Override
  public String name() {
    return LOGS;
  }

  @Override
  public Set<String> operations() {
    return Set.of("logs.DescribeLogGroups", "logs.GetDataProtectionPolicy");
  }

  @Override
  public List<String> entryOperations() {
    return List.of("logs.DescribeLogGroups");
  }

  @Override
  public void collect(ServiceScope scope) {
    CloudWatchLogsClient logs = scope.client(CloudWatchLogsClient::builder);
    CallRecorder r = scope.recorder(LOGS);
    for (var g :
        r.list(
            "DescribeLogGroups",
            DescribeLogGroupsRequest.builder().build(),
            logs::describeLogGroupsPaginator,
            DescribeLogGroupsResponse::logGroups)) {
      String name = g.logGroupName();
      if (name != null && name.contains("bedrock-agentcore")) {
        r.detail(
            "GetDataProtectionPolicy",
            name,
            GetDataProtectionPolicyRequest.builder().logGroupIdentifier(name).build(),
            logs::getDataProtectionPolicy);
      }
    }
  }
}
