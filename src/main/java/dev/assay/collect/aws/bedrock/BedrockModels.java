package dev.assay.collect.aws.bedrock;

import dev.assay.collect.CallRecorder;
import dev.assay.collect.ServiceScope;
import dev.assay.collect.aws.cloudwatch.BedrockInvocationMetrics;
import dev.assay.collect.aws.cloudwatch.InvocationMetrics;
import dev.assay.collect.aws.s3.GenAiBuckets;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.CustomModelSummary;
import software.amazon.awssdk.services.bedrock.model.GetCustomModelRequest;
import software.amazon.awssdk.services.bedrock.model.GetImportedModelRequest;
import software.amazon.awssdk.services.bedrock.model.ListCustomModelsRequest;
import software.amazon.awssdk.services.bedrock.model.ListCustomModelsResponse;
import software.amazon.awssdk.services.bedrock.model.ListEvaluationJobsRequest;
import software.amazon.awssdk.services.bedrock.model.ListEvaluationJobsResponse;
import software.amazon.awssdk.services.bedrock.model.ListImportedModelsRequest;
import software.amazon.awssdk.services.bedrock.model.ListImportedModelsResponse;
import software.amazon.awssdk.services.bedrock.model.ListModelInvocationJobsRequest;
import software.amazon.awssdk.services.bedrock.model.ListModelInvocationJobsResponse;
import software.amazon.awssdk.services.bedrock.model.ListProvisionedModelThroughputsRequest;
import software.amazon.awssdk.services.bedrock.model.ListProvisionedModelThroughputsResponse;
import software.amazon.awssdk.services.bedrock.model.ProvisionedModelSummary;

/**
 * The account's own models and what they cost: custom models (with the buckets they trained from
 * and wrote to, and their invocations), imported models, batch inference jobs, provisioned
 * throughput (with the invocations of those in service) and model evaluation jobs.
 */
final class BedrockModels {

  static final Set<String> OPERATIONS =
      Set.of(
          "bedrock.ListCustomModels",
          "bedrock.GetCustomModel",
          "bedrock.ListImportedModels",
          "bedrock.GetImportedModel",
          "bedrock.ListModelInvocationJobs",
          "bedrock.ListProvisionedModelThroughputs",
          "bedrock.ListEvaluationJobs",
          InvocationMetrics.OPERATION,
          GenAiBuckets.POLICY,
          GenAiBuckets.VERSIONING,
          GenAiBuckets.RECOVERY_POINTS);

  private BedrockModels() {}

  static void collect(ServiceScope scope, BedrockClient br, CallRecorder r) {
    BedrockInvocationMetrics metrics = new BedrockInvocationMetrics(scope);
    GenAiBuckets buckets = new GenAiBuckets(scope);
    List<ProvisionedModelSummary> throughputs =
        r.list(
            "ListProvisionedModelThroughputs",
            ListProvisionedModelThroughputsRequest.builder().build(),
            br::listProvisionedModelThroughputsPaginator,
            ListProvisionedModelThroughputsResponse::provisionedModelSummaries);
    for (ProvisionedModelSummary pt : throughputs) {
      if ("InService".equals(pt.statusAsString())) {
        metrics.collect(pt.provisionedModelArn());
      }
    }
    // Owned models only: models shared from other accounts are theirs to judge.
    for (CustomModelSummary m :
        r.list(
            "ListCustomModels",
            ListCustomModelsRequest.builder().isOwned(true).build(),
            br::listCustomModelsPaginator,
            ListCustomModelsResponse::modelSummaries)) {
      r.detail(
              "GetCustomModel",
              m.modelName(),
              GetCustomModelRequest.builder().modelIdentifier(m.modelArn()).build(),
              br::getCustomModel)
          .ifPresent(
              d -> {
                if (d.trainingDataConfig() != null) {
                  buckets.trainingData(d.trainingDataConfig().s3Uri());
                }
                if (d.validationDataConfig() != null) {
                  d.validationDataConfig()
                      .validators()
                      .forEach(v -> buckets.trainingData(v.s3Uri()));
                }
                if (d.outputDataConfig() != null) {
                  buckets.artifacts(d.outputDataConfig().s3Uri());
                }
              });
      metrics.collect(m.modelArn());
    }
    for (var m :
        r.list(
            "ListImportedModels",
            ListImportedModelsRequest.builder().build(),
            br::listImportedModelsPaginator,
            ListImportedModelsResponse::modelSummaries)) {
      r.detail(
          "GetImportedModel",
          m.modelName(),
          GetImportedModelRequest.builder().modelIdentifier(m.modelArn()).build(),
          br::getImportedModel);
    }
    r.list(
        "ListModelInvocationJobs",
        ListModelInvocationJobsRequest.builder().build(),
        br::listModelInvocationJobsPaginator,
        ListModelInvocationJobsResponse::invocationJobSummaries);
    r.list(
        "ListEvaluationJobs",
        ListEvaluationJobsRequest.builder().build(),
        br::listEvaluationJobsPaginator,
        ListEvaluationJobsResponse::jobSummaries);
  }
}
