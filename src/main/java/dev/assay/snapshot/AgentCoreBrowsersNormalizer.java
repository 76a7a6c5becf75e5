package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.AgentCoreBrowser;
import dev.assay.fact.BrowserRecording;
import java.util.Optional;
import java.util.Set;

/** Bedrock AgentCore custom browsers and the encryption of their session recordings. */
public final class AgentCoreBrowsersNormalizer implements Normalizer {

  private static final String AC = "bedrock-agentcore-control";
  private static final String RECORDING = "BrowserRecording";
  private static final String NO_DEFAULT_ENCRYPTION =
      "ServerSideEncryptionConfigurationNotFoundError";

  @Override
  public Set<String> reads() {
    return Set.of(
        "bedrock-agentcore-control.ListBrowsers",
        "bedrock-agentcore-control.GetBrowser",
        "s3.GetBucketEncryption");
  }

  @Override
  public void normalize(ScopeCalls calls, FactSink out) {
    for (JsonNode item :
        calls.listItems(AC, "ListBrowsers", "browserSummaries", "AgentCoreBrowser", RECORDING)) {
      String id = Json.text(item, "browserId");
      String arn = Json.text(item, "browserArn");
      calls
          .detail(AC, "GetBrowser", "browserId", id, arn, "AgentCoreBrowser", RECORDING)
          .ifPresent(
              d ->
                  browser(calls, out, Json.text(d, "browserArn", arn), Json.text(item, "name"), d));
    }
  }

  private static void browser(
      ScopeCalls calls, FactSink out, String arn, String listedName, JsonNode d) {
    String name = Json.text(d, "name", listedName);
    out.add(
        new AgentCoreBrowser(
            arn,
            calls.accountId(),
            calls.region(),
            name,
            Json.text(d.path("networkConfiguration"), "networkMode")));
    JsonNode recording = d.path("recording");
    if (!Boolean.TRUE.equals(Json.bool(recording, "enabled"))) {
      out.add(
          new BrowserRecording(arn, calls.accountId(), calls.region(), name, false, null, null));
      return;
    }
    String bucket = Json.text(recording.path("s3Location"), "bucket");
    if (bucket == null) {
      // Recording on without a bucket: where recordings go is unknown, so it cannot be judged.
      calls.detail("s3", "GetBucketEncryption", "Bucket", null, arn, RECORDING);
      return;
    }
    Optional<JsonNode> encryption =
        calls.detailOrAbsent(
            "s3",
            "GetBucketEncryption",
            "Bucket",
            bucket,
            arn,
            Set.of(NO_DEFAULT_ENCRYPTION),
            RECORDING);
    encryption.ifPresent(
        e ->
            out.add(
                new BrowserRecording(
                    arn, calls.accountId(), calls.region(), name, true, bucket, algorithm(e))));
  }

  private static String algorithm(JsonNode response) {
    for (JsonNode rule : Json.array(response.path("ServerSideEncryptionConfiguration"), "Rules")) {
      String algorithm = Json.text(rule.path("ApplyServerSideEncryptionByDefault"), "SSEAlgorithm");
      if (algorithm != null) {
        return algorithm;
      }
    }
    return null;
  }
}
