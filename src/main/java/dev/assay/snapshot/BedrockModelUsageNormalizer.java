package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.CustomModelUsage;
import dev.assay.fact.ModelEvaluation;
import dev.assay.fact.ProvisionedThroughput;
import dev.assay.fact.ProvisionedThroughputUsage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * How Bedrock's paid-for and custom models are used and evaluated: provisioned throughput and its
 * invocations, custom-model invocations, and evaluation jobs of custom and imported models. The
 * model lists' own gaps are recorded by {@link BedrockModelsNormalizer}; here a failed list is a
 * gap of the derived types too.
 */
public final class BedrockModelUsageNormalizer implements Normalizer {

  private static final String BR = "bedrock";
  private static final String CW = "cloudwatch";
  private static final String PT_USAGE = "ProvisionedThroughputUsage";
  private static final String MODEL_USAGE = "CustomModelUsage";
  private static final String EVALUATION = "ModelEvaluation";

  /** Invocations summed over a metrics response, and the window its request asked for. */
  private record Metrics(long invocations, long windowDays) {}

  @Override
  public Set<String> reads() {
    return Set.of(
        "bedrock.ListProvisionedModelThroughputs",
        "bedrock.ListCustomModels",
        "bedrock.ListImportedModels",
        "bedrock.ListEvaluationJobs",
        "cloudwatch.GetMetricStatistics");
  }

  @Override
  public void normalize(ScopeCalls calls, FactSink out) {
    List<JsonNode> throughputs =
        calls.listItems(
            BR,
            "ListProvisionedModelThroughputs",
            "provisionedModelSummaries",
            "ProvisionedThroughput",
            PT_USAGE,
            MODEL_USAGE);
    boolean throughputsRead = DetailCalls.listed(calls, BR, "ListProvisionedModelThroughputs");
    for (JsonNode pt : throughputs) {
      provisioned(calls, out, pt);
    }
    List<JsonNode> custom = listSilently(calls, "ListCustomModels", MODEL_USAGE, EVALUATION);
    List<JsonNode> imported = listSilently(calls, "ListImportedModels", EVALUATION);
    if (throughputsRead) {
      for (JsonNode model : custom) {
        customModelUsage(calls, out, model, throughputs);
      }
    }
    evaluations(calls, out, custom, imported);
  }

  private static void provisioned(ScopeCalls calls, FactSink out, JsonNode pt) {
    String arn = Json.text(pt, "provisionedModelArn");
    String name = Json.text(pt, "provisionedModelName");
    String status = Json.text(pt, "status");
    out.add(
        new ProvisionedThroughput(
            arn, calls.accountId(), calls.region(), name, Json.text(pt, "modelArn"), status));
    if ("InService".equals(status)) {
      metrics(calls, arn, name, arn, PT_USAGE)
          .ifPresent(
              m ->
                  out.add(
                      new ProvisionedThroughputUsage(
                          arn,
                          calls.accountId(),
                          calls.region(),
                          name,
                          m.invocations(),
                          m.windowDays())));
    }
  }

  private static void customModelUsage(
      ScopeCalls calls, FactSink out, JsonNode model, List<JsonNode> throughputs) {
    String arn = Json.text(model, "modelArn");
    String name = Json.text(model, "modelName");
    int provisioned =
        (int)
            throughputs.stream()
                .filter(
                    pt ->
                        arn != null
                            && (arn.equals(Json.text(pt, "modelArn"))
                                || arn.equals(Json.text(pt, "desiredModelArn"))))
                .count();
    metrics(calls, arn, name, arn, MODEL_USAGE)
        .ifPresent(
            m ->
                out.add(
                    new CustomModelUsage(
                        arn,
                        calls.accountId(),
                        calls.region(),
                        name,
                        m.invocations(),
                        m.windowDays(),
                        provisioned)));
  }

  /** The AWS/Bedrock Invocations statistics for {@code modelId}, by request dimension or suffix. */
  private static java.util.Optional<Metrics> metrics(
      ScopeCalls calls, String modelId, String name, String arn, String type) {
    return calls
        .callAbout(
            CW,
            "GetMetricStatistics",
            c ->
                (name != null && name.equals(c.suffix()))
                    || ("AWS/Bedrock".equals(Json.text(c.request(), "Namespace"))
                        && Json.array(c.request(), "Dimensions").stream()
                            .anyMatch(
                                d ->
                                    "ModelId".equals(Json.text(d, "Name"))
                                        && modelId != null
                                        && modelId.equals(Json.text(d, "Value")))),
            arn,
            type)
        .map(
            c -> {
              long sum = 0;
              for (JsonNode point : Json.array(c.response(), "Datapoints")) {
                sum += Math.round(point.path("Sum").asDouble(0));
              }
              Instant start = Json.instant(c.request(), "StartTime");
              Instant end = Json.instant(c.request(), "EndTime");
              long days = start == null || end == null ? 0 : Duration.between(start, end).toDays();
              return new Metrics(sum, days);
            });
  }

  private static void evaluations(
      ScopeCalls calls, FactSink out, List<JsonNode> custom, List<JsonNode> imported) {
    List<JsonNode> jobs = calls.listItems(BR, "ListEvaluationJobs", "jobSummaries", EVALUATION);
    if (!DetailCalls.listed(calls, BR, "ListEvaluationJobs")) {
      return;
    }
    for (JsonNode model : custom) {
      out.add(evaluation(calls, model, "custom", jobs));
    }
    for (JsonNode model : imported) {
      out.add(evaluation(calls, model, "imported", jobs));
    }
  }

  private static ModelEvaluation evaluation(
      ScopeCalls calls, JsonNode model, String kind, List<JsonNode> jobs) {
    String arn = Json.text(model, "modelArn");
    String name = Json.text(model, "modelName");
    Instant last = null;
    for (JsonNode job : jobs) {
      Instant at = Json.instant(job, "creationTime");
      if ("Completed".equals(Json.text(job, "status"))
          && at != null
          && (last == null || at.isAfter(last))
          && evaluates(job, arn, name)) {
        last = at;
      }
    }
    return new ModelEvaluation(arn, calls.accountId(), calls.region(), name, kind, last);
  }

  /**
   * Whether the job's models ({@code modelIdentifiers} or the inference summary) name the model.
   */
  private static boolean evaluates(JsonNode job, String arn, String name) {
    List<JsonNode> ids = new java.util.ArrayList<>(Json.array(job, "modelIdentifiers"));
    ids.addAll(
        Json.array(
            job.path("inferenceConfigSummary").path("modelConfigSummary"),
            "bedrockModelIdentifiers"));
    return ids.stream().map(JsonNode::asText).anyMatch(id -> id.equals(arn) || id.equals(name));
  }

  /**
   * A model list's items, or none with a gap of {@code hiddenTypes} when it was not read whole (its
   * own normalizer records the gaps of the model types).
   */
  private static List<JsonNode> listSilently(
      ScopeCalls calls, String operation, String... hiddenTypes) {
    List<ApiCall> pages = calls.all(BR, operation);
    if (pages.isEmpty()
        || pages.stream()
            .anyMatch(p -> p.failed() && !ScopeCalls.NOT_OFFERED.equals(p.error().code()))) {
      calls.callAbout(BR, operation, c -> pages.contains(c) && c.failed(), null, hiddenTypes);
      return List.of();
    }
    return pages.stream()
        .filter(p -> !p.failed())
        .flatMap(p -> Json.array(p.response(), "modelSummaries").stream())
        .toList();
  }
}
