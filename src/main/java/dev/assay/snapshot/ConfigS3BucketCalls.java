package dev.assay.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * How an AWS Config {@code AWS::S3::Bucket} item becomes the S3 calls the normalizers read: Config
 * records the bucket's policy, default encryption and versioning in {@code
 * supplementaryConfiguration} ({@code BucketPolicy.policyText}, {@code
 * ServerSideEncryptionConfiguration.rules[]}, {@code BucketVersioningConfiguration.status}), which
 * map onto the {@code GetBucketPolicy}, {@code GetBucketEncryption} and {@code GetBucketVersioning}
 * responses. A document the item does not carry stays uncollected (the rules report ERROR); public
 * access block and logging are recorded by Config but read by no rule, so they are not mapped.
 * Field names: awslabs/aws-config-resource-schema {@code
 * config/properties/resource-types/AWS::S3::Bucket.properties.json} ({@code
 * ServerSideEncryptionConfiguration.rules.applyServerSideEncryptionByDefault.sseAlgorithm}/{@code
 * kmsMasterKeyID}, {@code rules.bucketKeyEnabled}, {@code BucketVersioningConfiguration.status}/
 * {@code isMfaDeleteEnabled}); the schema leaves policy documents out, and delivered items carry
 * {@code "BucketPolicy": {"policyText": null}} for a bucket without one.
 */
final class ConfigS3BucketCalls {

  static final String TYPE = "AWS::S3::Bucket";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ConfigS3BucketCalls() {}

  /** The bucket's name: Config names the bucket in resourceName and resourceId alike. */
  static String bucketName(JsonNode item) {
    String name = Json.text(item, "resourceName");
    return name != null ? name : Json.text(item, "resourceId");
  }

  static List<ApiCall> calls(Scope scope, String bucket, JsonNode item, String source) {
    JsonNode supplementary = item.path("supplementaryConfiguration");
    List<ApiCall> calls = new ArrayList<>();
    document(supplementary, "BucketPolicy", source)
        .ifPresent(p -> calls.add(policy(scope, bucket, p, source)));
    document(supplementary, "ServerSideEncryptionConfiguration", source)
        .ifPresent(e -> calls.add(encryption(scope, bucket, e, source)));
    document(supplementary, "BucketVersioningConfiguration", source)
        .ifPresent(v -> calls.add(versioning(scope, bucket, v, source)));
    return calls;
  }

  /** Config writes {@code "policyText": null} for a bucket without a policy: S3's not-found. */
  private static ApiCall policy(Scope scope, String bucket, JsonNode doc, String source) {
    String text = Json.text(doc, "policyText");
    if (text == null) {
      return call(
          scope,
          "GetBucketPolicy",
          bucket,
          null,
          new ApiError("NoSuchBucketPolicy", "The bucket policy does not exist"),
          source);
    }
    return call(
        scope, "GetBucketPolicy", bucket, NODES.objectNode().put("Policy", text), null, source);
  }

  private static ApiCall encryption(Scope scope, String bucket, JsonNode doc, String source) {
    ObjectNode response = NODES.objectNode();
    var rules = response.putObject("ServerSideEncryptionConfiguration").putArray("Rules");
    for (JsonNode rule : Json.array(doc, "rules")) {
      ObjectNode out = rules.addObject();
      JsonNode byDefault = rule.path("applyServerSideEncryptionByDefault");
      if (byDefault.isObject()) {
        ObjectNode d = out.putObject("ApplyServerSideEncryptionByDefault");
        putText(d, "SSEAlgorithm", Json.text(byDefault, "sseAlgorithm"));
        putText(d, "KMSMasterKeyID", Json.text(byDefault, "kmsMasterKeyID"));
      }
      JsonNode bucketKey = rule.get("bucketKeyEnabled");
      if (bucketKey != null && bucketKey.isBoolean()) {
        out.put("BucketKeyEnabled", bucketKey.asBoolean());
      }
    }
    if (rules.isEmpty()) {
      return call(
          scope,
          "GetBucketEncryption",
          bucket,
          null,
          new ApiError(
              "ServerSideEncryptionConfigurationNotFoundError",
              "The server side encryption configuration was not found"),
          source);
    }
    return call(scope, "GetBucketEncryption", bucket, response, null, source);
  }

  /** Config's {@code "Off"} is a bucket never versioned: S3 then answers without a Status. */
  private static ApiCall versioning(Scope scope, String bucket, JsonNode doc, String source) {
    ObjectNode response = NODES.objectNode();
    String status = Json.text(doc, "status");
    if (status != null && !status.equals("Off")) {
      response.put("Status", status);
    }
    JsonNode mfa = doc.get("isMfaDeleteEnabled");
    if (mfa != null && mfa.isBoolean()) {
      response.put("MFADelete", mfa.asBoolean() ? "Enabled" : "Disabled");
    }
    return call(scope, "GetBucketVersioning", bucket, response, null, source);
  }

  private static void putText(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  /** A supplementary document: an object in delivered files, a JSON string from the API. */
  private static java.util.Optional<JsonNode> document(
      JsonNode supplementary, String key, String where) {
    JsonNode doc = supplementary.get(key);
    if (doc != null && doc.isTextual()) {
      try {
        doc = JSON.readTree(doc.asText());
      } catch (JsonProcessingException e) {
        throw new SnapshotException(
            where
                + ": supplementaryConfiguration."
                + key
                + " is not JSON: "
                + e.getOriginalMessage());
      }
    }
    return doc != null && doc.isObject() ? java.util.Optional.of(doc) : java.util.Optional.empty();
  }

  private static ApiCall call(
      Scope scope,
      String operation,
      String bucket,
      JsonNode response,
      ApiError error,
      String source) {
    ObjectNode request = NODES.objectNode().put("Bucket", bucket);
    return ConfigCall.of(scope, "s3", operation, bucket, request, response, error, source);
  }
}
