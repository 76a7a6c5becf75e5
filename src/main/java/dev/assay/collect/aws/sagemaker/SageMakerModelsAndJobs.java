package dev.assay.collect.aws.sagemaker;

import dev.assay.collect.CallRecorder;
import dev.assay.collect.aws.s3.GenAiBuckets;
import java.util.Set;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeAutoMlJobV2Request;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTransformJobRequest;
import software.amazon.awssdk.services.sagemaker.model.ListAutoMlJobsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListAutoMlJobsResponse;
import software.amazon.awssdk.services.sagemaker.model.ListModelsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListModelsResponse;
import software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsResponse;
import software.amazon.awssdk.services.sagemaker.model.ListTransformJobsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListTransformJobsResponse;

/**
 * Models, training jobs (with the policy, versioning and backups of the buckets they read from and
 * write to), batch transform jobs and AutoML jobs.
 */
final class SageMakerModelsAndJobs {

  static final Set<String> OPERATIONS =
      Set.of(
          "sagemaker.ListModels",
          "sagemaker.DescribeModel",
          "sagemaker.ListTrainingJobs",
          "sagemaker.DescribeTrainingJob",
          "sagemaker.ListTransformJobs",
          "sagemaker.DescribeTransformJob",
          "sagemaker.ListAutoMLJobs",
          "sagemaker.DescribeAutoMLJobV2",
          GenAiBuckets.POLICY,
          GenAiBuckets.VERSIONING,
          GenAiBuckets.RECOVERY_POINTS);

  private SageMakerModelsAndJobs() {}

  static void collect(SageMakerClient sm, CallRecorder r, GenAiBuckets buckets) {
    for (var m :
        r.list(
            "ListModels",
            ListModelsRequest.builder().build(),
            sm::listModelsPaginator,
            ListModelsResponse::models)) {
      r.detail(
          "DescribeModel",
          m.modelName(),
          DescribeModelRequest.builder().modelName(m.modelName()).build(),
          sm::describeModel);
    }
    for (var j :
        r.list(
            "ListTrainingJobs",
            ListTrainingJobsRequest.builder().build(),
            sm::listTrainingJobsPaginator,
            ListTrainingJobsResponse::trainingJobSummaries)) {
      r.detail(
              "DescribeTrainingJob",
              j.trainingJobName(),
              DescribeTrainingJobRequest.builder().trainingJobName(j.trainingJobName()).build(),
              sm::describeTrainingJob)
          .ifPresent(
              d -> {
                d.inputDataConfig()
                    .forEach(
                        c ->
                            buckets.trainingData(
                                c.dataSource() == null || c.dataSource().s3DataSource() == null
                                    ? null
                                    : c.dataSource().s3DataSource().s3Uri()));
                if (d.outputDataConfig() != null) {
                  buckets.artifacts(d.outputDataConfig().s3OutputPath());
                }
                if (d.modelArtifacts() != null) {
                  buckets.artifacts(d.modelArtifacts().s3ModelArtifacts());
                }
              });
    }
    for (var j :
        r.list(
            "ListTransformJobs",
            ListTransformJobsRequest.builder().build(),
            sm::listTransformJobsPaginator,
            ListTransformJobsResponse::transformJobSummaries)) {
      r.detail(
          "DescribeTransformJob",
          j.transformJobName(),
          DescribeTransformJobRequest.builder().transformJobName(j.transformJobName()).build(),
          sm::describeTransformJob);
    }
    // Listed by ListAutoMLJobs, described by DescribeAutoMLJobV2 (which covers V1 jobs too).
    for (var j :
        r.list(
            "ListAutoMLJobs",
            ListAutoMlJobsRequest.builder().build(),
            sm::listAutoMLJobsPaginator,
            ListAutoMlJobsResponse::autoMLJobSummaries)) {
      r.detail(
          "DescribeAutoMLJobV2",
          j.autoMLJobName(),
          DescribeAutoMlJobV2Request.builder().autoMLJobName(j.autoMLJobName()).build(),
          sm::describeAutoMLJobV2);
    }
  }
}
