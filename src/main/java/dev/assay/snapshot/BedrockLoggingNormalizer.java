package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.CollectionGap;
import dev.assay.fact.InvocationLogEncryption;
import dev.assay.fact.InvocationLogText;
import dev.assay.fact.RegionLevel;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What Bedrock model invocation logging captures and how its destinations are encrypted. The
 * logging configuration's own gaps are recorded by {@link BedrockNormalizer}, for these types too.
 */
public final class BedrockLoggingNormalizer implements Normalizer {

  static final String TEXT = "InvocationLogText";
  static final String ENCRYPTION = "InvocationLogEncryption";
  private static final String NO_DEFAULT_ENCRYPTION =
      "ServerSideEncryptionConfigurationNotFoundError";

  @Override
  public Set<String> reads() {
    return Set.of(
        "bedrock.GetModelInvocationLoggingConfiguration",
        "s3.GetBucketEncryption",
        "logs.DescribeLogGroups");
  }

  @Override
  public void normalize(ScopeCalls calls, FactSink out) {
    Optional<JsonNode> config =
        calls.all("bedrock", "GetModelInvocationLoggingConfiguration").stream()
            .filter(c -> !c.failed())
            .findFirst()
            .map(c -> c.response().path("loggingConfig"));
    if (config.isEmpty()) {
      return;
    }
    String bucket = Json.text(config.get().path("s3Config"), "bucketName");
    String logGroup = Json.text(config.get().path("cloudWatchConfig"), "logGroupName");
    if (bucket == null && logGroup == null) {
      return; // logging is off: judged by bedrock_model_invocation_logging_enabled
    }
    boolean text = Boolean.TRUE.equals(Json.bool(config.get(), "textDataDeliveryEnabled"));
    out.add(new InvocationLogText(calls.accountId(), calls.region(), text));
    encryption(calls, out, bucket, logGroup);
  }

  private static void encryption(ScopeCalls calls, FactSink out, String bucket, String logGroup) {
    String arn =
        RegionLevel.featureArn(
            "bedrock", calls.region(), calls.accountId(), "model-invocation-logging");
    Optional<String> algorithm = Optional.empty();
    if (bucket != null) {
      Optional<JsonNode> found =
          calls.detailOrAbsent(
              "s3",
              "GetBucketEncryption",
              "Bucket",
              bucket,
              arn,
              Set.of(NO_DEFAULT_ENCRYPTION),
              ENCRYPTION);
      if (found.isEmpty()) {
        return;
      }
      algorithm = Optional.of(defaultAlgorithm(found.get()));
    }
    Optional<JsonNode> group = Optional.empty();
    if (logGroup != null) {
      group = logGroup(calls, out, logGroup, arn);
      if (group.isEmpty()) {
        return;
      }
    }
    out.add(
        new InvocationLogEncryption(
            calls.accountId(),
            calls.region(),
            bucket,
            algorithm.filter(a -> !a.isEmpty()).orElse(null),
            logGroup,
            group.map(g -> Json.text(g, "kmsKeyId")).orElse(null)));
  }

  /** The bucket's default SSE algorithm, or "" when it has none (not-found answer or no rules). */
  private static String defaultAlgorithm(JsonNode response) {
    for (JsonNode rule : Json.array(response.path("ServerSideEncryptionConfiguration"), "Rules")) {
      String algorithm = Json.text(rule.path("ApplyServerSideEncryptionByDefault"), "SSEAlgorithm");
      if (algorithm != null) {
        return algorithm;
      }
    }
    return "";
  }

  /**
   * The log group among every page of DescribeLogGroups (listed whole or by name prefix). A group
   * not found is a gap, not a pass: it may live where the collector could not look.
   */
  private static Optional<JsonNode> logGroup(
      ScopeCalls calls, FactSink out, String name, String arn) {
    List<ApiCall> pages = calls.all("logs", "DescribeLogGroups");
    if (pages.isEmpty() || pages.stream().anyMatch(ApiCall::failed)) {
      calls.callAbout(
          "logs", "DescribeLogGroups", c -> pages.contains(c) && c.failed(), arn, ENCRYPTION);
      return Optional.empty();
    }
    Optional<JsonNode> group =
        pages.stream()
            .flatMap(p -> Json.array(p.response(), "logGroups").stream())
            .filter(g -> name.equals(Json.text(g, "logGroupName")))
            .findFirst();
    if (group.isEmpty()) {
      out.gap(
          new CollectionGap(
              calls.accountId(),
              calls.region(),
              "logs",
              "DescribeLogGroups",
              ENCRYPTION,
              arn,
              "LogGroupNotFound",
              "log group " + name + " is not among the log groups read"));
    }
    return group;
  }
}
