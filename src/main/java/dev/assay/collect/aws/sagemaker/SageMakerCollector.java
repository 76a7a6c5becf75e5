package dev.assay.collect.aws.sagemaker;

import dev.assay.collect.CallRecorder;
import dev.assay.collect.ServiceCollector;
import dev.assay.collect.ServiceScope;
import dev.assay.collect.aws.cloudwatch.InvocationMetrics;
import dev.assay.collect.aws.s3.GenAiBuckets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointConfigRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeNotebookInstanceLifecycleConfigRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeNotebookInstanceRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.EndpointStatus;
import software.amazon.awssdk.services.sagemaker.model.EndpointSummary;
import software.amazon.awssdk.services.sagemaker.model.ListEndpointConfigsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListEndpointConfigsResponse;
import software.amazon.awssdk.services.sagemaker.model.ListEndpointsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListEndpointsResponse;
import software.amazon.awssdk.services.sagemaker.model.ListNotebookInstancesRequest;
import software.amazon.awssdk.services.sagemaker.model.ListNotebookInstancesResponse;
import software.amazon.awssdk.services.sagemaker.model.ListProcessingJobsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListProcessingJobsResponse;

/**
 * SageMaker AI: notebook instances (and their lifecycle configurations), endpoint configs,
 * endpoints (with the CloudWatch invocation counts of those in service, which decide whether an
 * endpoint is idle) and processing jobs here; models and jobs, the registry and model cards, Model
 * Monitor, and domains, feature groups and tags in the package's other classes.
 */
public final class SageMakerCollector implements ServiceCollector {

  private static final String SM = "sagemaker";

  @Override
  public String name() {
    return SM;
  }

  @Override
  public Set<String> operations() {
    Set<String> ops = new TreeSet<>();
    ops.addAll(
        Set.of(
            "sagemaker.ListNotebookInstances",
            "sagemaker.DescribeNotebookInstance",
            "sagemaker.DescribeNotebookInstanceLifecycleConfig",
            "sagemaker.ListEndpointConfigs",
            "sagemaker.DescribeEndpointConfig",
            "sagemaker.ListEndpoints",
            "sagemaker.DescribeEndpoint",
            "sagemaker.ListProcessingJobs",
            "sagemaker.DescribeProcessingJob",
            InvocationMetrics.OPERATION));
    ops.addAll(SageMakerModelsAndJobs.OPERATIONS);
    ops.addAll(SageMakerRegistry.OPERATIONS);
    ops.addAll(SageMakerMonitoring.OPERATIONS);
    ops.addAll(SageMakerGovernance.OPERATIONS);
    return ops;
  }

  @Override
  public List<String> entryOperations() {
    List<String> entries = new ArrayList<>();
    entries.addAll(
        List.of(
            "sagemaker.ListNotebookInstances",
            "sagemaker.ListEndpointConfigs",
            "sagemaker.ListEndpoints",
            "sagemaker.ListProcessingJobs",
            "sagemaker.ListModels",
            "sagemaker.ListTrainingJobs",
            "sagemaker.ListTransformJobs",
            "sagemaker.ListAutoMLJobs",
            "sagemaker.ListModelPackageGroups",
            "sagemaker.ListModelCards",
            "sagemaker.ListMonitoringSchedules",
            "sagemaker.ListDomains",
            "sagemaker.ListFeatureGroups",
            "sagemaker.ListInferenceExperiments",
            "sagemaker.ListFlowDefinitions",
            "sagemaker.ListImages",
            "sagemaker.ListAppImageConfigs"));
    SageMakerMonitoring.KINDS.forEach(k -> entries.add("sagemaker.List" + k + "JobDefinitions"));
    return entries;
  }

  @Override
  public void collect(ServiceScope scope) {
    SageMakerClient sm = scope.client(SageMakerClient::builder);
    CallRecorder r = scope.recorder(SM);
    notebooks(sm, r);
    endpointConfigs(sm, r);
    endpoints(scope, sm, r);
    processingJobs(sm, r);
    SageMakerModelsAndJobs.collect(sm, r, new GenAiBuckets(scope));
    SageMakerRegistry.collect(sm, r);
    SageMakerMonitoring.collect(sm, r);
    SageMakerGovernance.collect(scope, sm, r);
  }

  private static void notebooks(SageMakerClient sm, CallRecorder r) {
    Set<String> configs = new TreeSet<>();
    for (var nb :
        r.list(
            "ListNotebookInstances",
            ListNotebookInstancesRequest.builder().build(),
            sm::listNotebookInstancesPaginator,
            ListNotebookInstancesResponse::notebookInstances)) {
      String name = nb.notebookInstanceName();
      r.detail(
              "DescribeNotebookInstance",
              name,
              DescribeNotebookInstanceRequest.builder().notebookInstanceName(name).build(),
              sm::describeNotebookInstance)
          .map(d -> d.notebookInstanceLifecycleConfigName())
          .ifPresent(configs::add);
    }
    // Each lifecycle configuration once, however many notebooks use it: its scripts are scanned.
    for (String config : configs) {
      r.detail(
          "DescribeNotebookInstanceLifecycleConfig",
          config,
          DescribeNotebookInstanceLifecycleConfigRequest.builder()
              .notebookInstanceLifecycleConfigName(config)
              .build(),
          sm::describeNotebookInstanceLifecycleConfig);
    }
  }

  private static void endpointConfigs(SageMakerClient sm, CallRecorder r) {
    for (var ec :
        r.list(
            "ListEndpointConfigs",
            ListEndpointConfigsRequest.builder().build(),
            sm::listEndpointConfigsPaginator,
            ListEndpointConfigsResponse::endpointConfigs)) {
      String name = ec.endpointConfigName();
      r.detail(
          "DescribeEndpointConfig",
          name,
          DescribeEndpointConfigRequest.builder().endpointConfigName(name).build(),
          sm::describeEndpointConfig);
    }
  }

  private static void processingJobs(SageMakerClient sm, CallRecorder r) {
    for (var job :
        r.list(
            "ListProcessingJobs",
            ListProcessingJobsRequest.builder().build(),
            sm::listProcessingJobsPaginator,
            ListProcessingJobsResponse::processingJobSummaries)) {
      String name = job.processingJobName();
      r.detail(
          "DescribeProcessingJob",
          name,
          DescribeProcessingJobRequest.builder().processingJobName(name).build(),
          sm::describeProcessingJob);
    }
  }

  private static void endpoints(ServiceScope scope, SageMakerClient sm, CallRecorder r) {
    InvocationMetrics metrics = new InvocationMetrics(scope);
    for (EndpointSummary ep :
        r.list(
            "ListEndpoints",
            ListEndpointsRequest.builder().build(),
            sm::listEndpointsPaginator,
            ListEndpointsResponse::endpoints)) {
      String name = ep.endpointName();
      r.detail(
              "DescribeEndpoint",
              name,
              DescribeEndpointRequest.builder().endpointName(name).build(),
              sm::describeEndpoint)
          .filter(d -> d.endpointStatus() == EndpointStatus.IN_SERVICE)
          .ifPresent(
              d ->
                  metrics.collect(
                      name, d.productionVariants().stream().map(v -> v.variantName()).toList()));
    }
  }
}
