package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.CustomModel;
import dev.assay.fact.ImportedModel;
import dev.assay.fact.ModelInvocationJob;
import java.util.Arrays;
import java.util.Set;

/** Amazon Bedrock models and batch jobs of the account: custom, imported, batch inference. */
public final class BedrockModelsNormalizer implements Normalizer {

  private static final String BR = "bedrock";

  @Override
  public Set<String> reads() {
    return Set.of(
        "bedrock.ListCustomModels",
        "bedrock.GetCustomModel",
        "bedrock.ListImportedModels",
        "bedrock.GetImportedModel",
        "bedrock.ListModelInvocationJobs");
  }

  @Override
  public void normalize(ScopeCalls calls, FactSink out) {
    customModels(calls, out);
    importedModels(calls, out);
    invocationJobs(calls, out);
  }

  private static void customModels(ScopeCalls calls, FactSink out) {
    // The collector lists with isOwned=true: models shared from other accounts are theirs to judge.
    for (JsonNode item : calls.listItems(BR, "ListCustomModels", "modelSummaries", "CustomModel")) {
      String arn = Json.text(item, "modelArn");
      String name = Json.text(item, "modelName");
      DetailCalls.byAnyId(
              calls,
              BR,
              "GetCustomModel",
              "modelIdentifier",
              arn,
              Arrays.asList(arn, name),
              "CustomModel")
          .ifPresent(d -> out.add(customModel(calls, arn, name, d)));
    }
  }

  private static CustomModel customModel(ScopeCalls calls, String arn, String name, JsonNode d) {
    JsonNode training = d.path("trainingDataConfig");
    String trainingUri = Json.text(training, "s3Uri");
    if (trainingUri == null) {
      // Distillation may train on invocation logs instead of a data set.
      trainingUri =
          Json.text(training.path("invocationLogsConfig").path("invocationLogSource"), "s3Uri");
    }
    return new CustomModel(
        Json.text(d, "modelArn", arn),
        calls.accountId(),
        calls.region(),
        Json.text(d, "modelName", name),
        Json.text(d, "modelKmsKeyArn"),
        Json.text(d, "jobArn"),
        trainingUri);
  }

  private static void importedModels(ScopeCalls calls, FactSink out) {
    for (JsonNode item :
        calls.listItems(BR, "ListImportedModels", "modelSummaries", "ImportedModel")) {
      String arn = Json.text(item, "modelArn");
      String name = Json.text(item, "modelName");
      DetailCalls.byAnyId(
              calls,
              BR,
              "GetImportedModel",
              "modelIdentifier",
              arn,
              Arrays.asList(arn, name),
              "ImportedModel")
          .ifPresent(
              d ->
                  out.add(
                      new ImportedModel(
                          Json.text(d, "modelArn", arn),
                          calls.accountId(),
                          calls.region(),
                          Json.text(d, "modelName", name),
                          Json.text(d, "modelKmsKeyArn"))));
    }
  }

  private static void invocationJobs(ScopeCalls calls, FactSink out) {
    for (JsonNode job :
        calls.listItems(
            BR, "ListModelInvocationJobs", "invocationJobSummaries", "ModelInvocationJob")) {
      out.add(
          new ModelInvocationJob(
              Json.text(job, "jobArn"),
              calls.accountId(),
              calls.region(),
              Json.text(job, "jobName"),
              Json.text(job, "status"),
              Json.text(
                  job.path("outputDataConfig").path("s3OutputDataConfig"), "s3EncryptionKeyId")));
    }
  }
}
