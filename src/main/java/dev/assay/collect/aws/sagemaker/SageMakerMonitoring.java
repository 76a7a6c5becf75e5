package dev.assay.collect.aws.sagemaker;

import dev.assay.collect.CallRecorder;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.pagination.sync.SdkIterable;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeDataQualityJobDefinitionRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelBiasJobDefinitionRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelExplainabilityJobDefinitionRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelQualityJobDefinitionRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeMonitoringScheduleRequest;
import software.amazon.awssdk.services.sagemaker.model.ListDataQualityJobDefinitionsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListDataQualityJobDefinitionsResponse;
import software.amazon.awssdk.services.sagemaker.model.ListModelBiasJobDefinitionsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListModelBiasJobDefinitionsResponse;
import software.amazon.awssdk.services.sagemaker.model.ListModelExplainabilityJobDefinitionsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListModelExplainabilityJobDefinitionsResponse;
import software.amazon.awssdk.services.sagemaker.model.ListModelQualityJobDefinitionsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListModelQualityJobDefinitionsResponse;
import software.amazon.awssdk.services.sagemaker.model.ListMonitoringSchedulesRequest;
import software.amazon.awssdk.services.sagemaker.model.ListMonitoringSchedulesResponse;
import software.amazon.awssdk.services.sagemaker.model.MonitoringJobDefinitionSummary;

/**
 * Model Monitor: the four kinds of job definitions, each described, and the monitoring schedules; a
 * schedule is described only when it names no job definition (it then embeds its own).
 */
final class SageMakerMonitoring {

  static final List<String> KINDS =
      List.of("DataQuality", "ModelQuality", "ModelBias", "ModelExplainability");

  static final Set<String> OPERATIONS = operations();

  private SageMakerMonitoring() {}

  private static Set<String> operations() {
    Set<String> ops = new TreeSet<>();
    ops.add("sagemaker.ListMonitoringSchedules");
    ops.add("sagemaker.DescribeMonitoringSchedule");
    for (String kind : KINDS) {
      ops.add("sagemaker.List" + kind + "JobDefinitions");
      ops.add("sagemaker.Describe" + kind + "JobDefinition");
    }
    return ops;
  }

  static void collect(SageMakerClient sm, CallRecorder r) {
    kind(
        r,
        "DataQuality",
        ListDataQualityJobDefinitionsRequest.builder().build(),
        sm::listDataQualityJobDefinitionsPaginator,
        ListDataQualityJobDefinitionsResponse::jobDefinitionSummaries,
        n ->
            sm.describeDataQualityJobDefinition(
                DescribeDataQualityJobDefinitionRequest.builder().jobDefinitionName(n).build()),
        n -> DescribeDataQualityJobDefinitionRequest.builder().jobDefinitionName(n).build());
    kind(
        r,
        "ModelQuality",
        ListModelQualityJobDefinitionsRequest.builder().build(),
        sm::listModelQualityJobDefinitionsPaginator,
        ListModelQualityJobDefinitionsResponse::jobDefinitionSummaries,
        n ->
            sm.describeModelQualityJobDefinition(
                DescribeModelQualityJobDefinitionRequest.builder().jobDefinitionName(n).build()),
        n -> DescribeModelQualityJobDefinitionRequest.builder().jobDefinitionName(n).build());
    kind(
        r,
        "ModelBias",
        ListModelBiasJobDefinitionsRequest.builder().build(),
        sm::listModelBiasJobDefinitionsPaginator,
        ListModelBiasJobDefinitionsResponse::jobDefinitionSummaries,
        n ->
            sm.describeModelBiasJobDefinition(
                DescribeModelBiasJobDefinitionRequest.builder().jobDefinitionName(n).build()),
        n -> DescribeModelBiasJobDefinitionRequest.builder().jobDefinitionName(n).build());
    kind(
        r,
        "ModelExplainability",
        ListModelExplainabilityJobDefinitionsRequest.builder().build(),
        sm::listModelExplainabilityJobDefinitionsPaginator,
        ListModelExplainabilityJobDefinitionsResponse::jobDefinitionSummaries,
        n ->
            sm.describeModelExplainabilityJobDefinition(
                DescribeModelExplainabilityJobDefinitionRequest.builder()
                    .jobDefinitionName(n)
                    .build()),
        n ->
            DescribeModelExplainabilityJobDefinitionRequest.builder().jobDefinitionName(n).build());
    for (var s :
        r.list(
            "ListMonitoringSchedules",
            ListMonitoringSchedulesRequest.builder().build(),
            sm::listMonitoringSchedulesPaginator,
            ListMonitoringSchedulesResponse::monitoringScheduleSummaries)) {
      if (s.monitoringJobDefinitionName() == null) {
        r.detail(
            "DescribeMonitoringSchedule",
            s.monitoringScheduleName(),
            DescribeMonitoringScheduleRequest.builder()
                .monitoringScheduleName(s.monitoringScheduleName())
                .build(),
            sm::describeMonitoringSchedule);
      }
    }
  }

  /** {@code List<Kind>JobDefinitions}, then {@code Describe<Kind>JobDefinition} of each. */
  private static <Q extends SdkRequest, P extends SdkPojo, D extends SdkRequest, R extends SdkPojo>
      void kind(
          CallRecorder r,
          String kind,
          Q list,
          Function<Q, ? extends SdkIterable<P>> paginator,
          Function<P, List<MonitoringJobDefinitionSummary>> items,
          Function<String, R> describe,
          Function<String, D> request) {
    for (MonitoringJobDefinitionSummary d :
        r.list("List" + kind + "JobDefinitions", list, paginator, items)) {
      String name = d.monitoringJobDefinitionName();
      r.detail(
          "Describe" + kind + "JobDefinition",
          name,
          request.apply(name),
          q -> describe.apply(name));
    }
  }
}
