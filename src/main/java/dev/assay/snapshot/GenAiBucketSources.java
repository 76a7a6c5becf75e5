package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.snapshot.IamReads.Failure;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The S3 buckets GenAI jobs of one region read training data from and write model artefacts to:
 * SageMaker training jobs ({@code DescribeTrainingJob}) and Bedrock custom models ({@code
 * GetCustomModel}). Whatever job could not be read leaves the bucket lists incomplete.
 */
final class GenAiBucketSources {

  final Set<String> trainingData = new TreeSet<>();
  final Set<String> artifacts = new TreeSet<>();
  final List<Failure> failures = new ArrayList<>();

  GenAiBucketSources(ScopeCalls calls) {
    IamReads reads = new IamReads(calls);
    for (JsonNode job :
        details(
            calls,
            reads,
            "sagemaker",
            "ListTrainingJobs",
            "TrainingJobSummaries",
            "DescribeTrainingJob",
            "TrainingJobName",
            "TrainingJobName")) {
      for (JsonNode channel : Json.array(job, "InputDataConfig")) {
        add(trainingData, Json.text(channel.path("DataSource").path("S3DataSource"), "S3Uri"));
      }
      add(artifacts, Json.text(job.path("OutputDataConfig"), "S3OutputPath"));
      add(artifacts, Json.text(job.path("ModelArtifacts"), "S3ModelArtifacts"));
    }
    for (JsonNode model :
        details(
            calls,
            reads,
            "bedrock",
            "ListCustomModels",
            "modelSummaries",
            "GetCustomModel",
            "modelIdentifier",
            "modelName")) {
      add(trainingData, Json.text(model.path("trainingDataConfig"), "s3Uri"));
      for (JsonNode v : Json.array(model.path("validationDataConfig"), "validators")) {
        add(trainingData, Json.text(v, "s3Uri"));
      }
      add(artifacts, Json.text(model.path("outputDataConfig"), "s3Uri"));
    }
  }

  /** The detail responses of every listed item; failures noted. */
  private List<JsonNode> details(
      ScopeCalls calls,
      IamReads reads,
      String service,
      String listOp,
      String itemsField,
      String detailOp,
      String requestField,
      String nameField) {
    List<JsonNode> found = new ArrayList<>();
    List<ApiCall> pages = calls.all(service, listOp);
    if (pages.isEmpty()) {
      failures.add(IamReads.notCollected(service, listOp));
    }
    for (ApiCall page : pages) {
      if (page.failed() && ScopeCalls.NOT_OFFERED.equals(page.error().code())) {
        continue;
      }
      if (page.failed()) {
        failures.add(IamReads.failure(page));
        continue;
      }
      for (JsonNode item : Json.array(page.response(), itemsField)) {
        String name = Json.text(item, nameField);
        String arn = Json.text(item, "modelArn");
        Predicate<ApiCall> about =
            c ->
                name != null
                    && (name.equals(c.suffix())
                        || name.equals(Json.text(c.request(), requestField))
                        || (arn != null && arn.equals(Json.text(c.request(), requestField)))
                        || name.equals(Json.text(c.response(), nameField)));
        var detail = reads.one(service, detailOp, about, Set.of());
        if (detail.ok()) {
          found.add(detail.value());
        } else {
          failures.addAll(detail.failures());
        }
      }
    }
    return found;
  }

  private static void add(Set<String> buckets, String uri) {
    if (uri != null && uri.startsWith("s3://")) {
      String rest = uri.substring(5);
      int slash = rest.indexOf('/');
      String bucket = slash < 0 ? rest : rest.substring(0, slash);
      if (!bucket.isEmpty()) {
        buckets.add(bucket);
      }
    }
  }
}
