package dev.assay.snapshot;

import static dev.assay.snapshot.SageMakerCalls.SM;
import static dev.assay.snapshot.SageMakerCalls.describe;
import static dev.assay.snapshot.SageMakerCalls.hasSubnets;
import static dev.assay.snapshot.SageMakerCalls.listedArn;
import static dev.assay.snapshot.SageMakerCalls.on;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.AutoMlJob;
import dev.assay.fact.ProcessingJob;
import dev.assay.fact.TrainingJob;
import dev.assay.fact.TransformJob;
import java.util.Set;

/** Processing, training, batch transform and AutoML jobs. */
final class SageMakerJobs implements Normalizer {

  @Override
  public Set<String> reads() {
    return Set.of(
        "sagemaker.ListProcessingJobs",
        "sagemaker.DescribeProcessingJob",
        "sagemaker.ListTrainingJobs",
        "sagemaker.DescribeTrainingJob",
        "sagemaker.ListTransformJobs",
        "sagemaker.DescribeTransformJob",
        "sagemaker.ListAutoMLJobs",
        "sagemaker.DescribeAutoMLJobV2");
  }

  @Override
  public void normalize(ScopeCalls calls, FactSink out) {
    // An unreadable processing job could be the Clarify job that makes the region compliant.
    jobs(
        calls,
        "ProcessingJob",
        "processing-job/",
        "ClarifyAdoption",
        (d, arn, name) -> out.add(processing(calls, d, arn, name)));
    jobs(
        calls,
        "TrainingJob",
        "training-job/",
        null,
        (d, arn, name) -> out.add(training(calls, d, arn, name)));
    jobs(
        calls,
        "TransformJob",
        "transform-job/",
        null,
        (d, arn, name) -> out.add(transform(calls, d, arn, name)));
    automl(calls, out);
  }

  /**
   * Lists jobs of one kind ({@code List<Kind>s}, items {@code <Kind>Summaries}) and describes each
   * ({@code Describe<Kind>(<Kind>Name)}), passing the response and the listed ARN on.
   */
  private static void jobs(
      ScopeCalls calls, String kind, String arnPrefix, String alsoHidden, Emit emit) {
    String[] hidden = alsoHidden == null ? new String[] {kind} : new String[] {kind, alsoHidden};
    for (JsonNode item : calls.listItems(SM, "List" + kind + "s", kind + "Summaries", hidden)) {
      String name = Json.text(item, kind + "Name");
      String arn = listedArn(calls, item, kind + "Arn", arnPrefix, name);
      describe(calls, "Describe" + kind, kind + "Name", name, arn, hidden)
          .ifPresent(d -> emit.accept(d, Json.text(d, kind + "Arn", arn), name));
    }
  }

  /** Emits the fact of one described job. */
  @FunctionalInterface
  private interface Emit {
    void accept(JsonNode detail, String arn, String name);
  }

  private static ProcessingJob processing(ScopeCalls calls, JsonNode d, String arn, String name) {
    return new ProcessingJob(
        arn,
        calls.accountId(),
        calls.region(),
        name,
        Json.text(d.path("AppSpecification"), "ImageUri"),
        Json.text(d.path("ProcessingResources").path("ClusterConfig"), "VolumeKmsKeyId"),
        Json.text(d, "ProcessingJobStatus"));
  }

  private static TrainingJob training(ScopeCalls calls, JsonNode d, String arn, String name) {
    return new TrainingJob(
        arn,
        calls.accountId(),
        calls.region(),
        name,
        on(d, "EnableInterContainerTrafficEncryption"),
        on(d, "EnableNetworkIsolation"),
        hasSubnets(d),
        Json.text(d.path("ResourceConfig"), "VolumeKmsKeyId"),
        Json.text(d.path("OutputDataConfig"), "KmsKeyId"));
  }

  private static TransformJob transform(ScopeCalls calls, JsonNode d, String arn, String name) {
    return new TransformJob(
        arn,
        calls.accountId(),
        calls.region(),
        name,
        Json.text(d.path("TransformResources"), "VolumeKmsKeyId"));
  }

  /** AutoML lists as {@code ListAutoMLJobs} but is described by {@code DescribeAutoMLJobV2}. */
  private static void automl(ScopeCalls calls, FactSink out) {
    String type = "AutoMlJob";
    for (JsonNode item : calls.listItems(SM, "ListAutoMLJobs", "AutoMLJobSummaries", type)) {
      String name = Json.text(item, "AutoMLJobName");
      String listedArn = listedArn(calls, item, "AutoMLJobArn", "automl-job/", name);
      describe(calls, "DescribeAutoMLJobV2", "AutoMLJobName", name, listedArn, type)
          .ifPresent(
              d ->
                  out.add(
                      new AutoMlJob(
                          Json.text(d, "AutoMLJobArn", listedArn),
                          calls.accountId(),
                          calls.region(),
                          name,
                          on(d.path("SecurityConfig"), "EnableInterContainerTrafficEncryption"))));
    }
  }
}
