package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.fact.ModelArtifactBackup;
import dev.assay.fact.ModelArtifactBucket;
import dev.assay.fact.TrainingDataBucket;
import dev.assay.snapshot.IamReads.Known;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * The S3 buckets of GenAI training data and model artefacts ({@link GenAiBucketSources}): their
 * bucket policies and versioning (S3) and recovery points (AWS Backup). S3 calls are looked up in
 * the region of the jobs that name the bucket.
 */
public final class GenAiBucketsNormalizer implements Normalizer {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] TYPES = {
    "TrainingDataBucket", "ModelArtifactBucket", "ModelArtifactBackup"
  };

  @Override
  public Set<String> reads() {
    return Set.of(
        "sagemaker.ListTrainingJobs",
        "sagemaker.DescribeTrainingJob",
        "bedrock.ListCustomModels",
        "bedrock.GetCustomModel",
        "s3.GetBucketPolicy",
        "s3.GetBucketVersioning",
        "backup.ListRecoveryPointsByResource");
  }

  @Override
  public void normalize(ScopeCalls calls, FactSink out) {
    GenAiBucketSources sources = new GenAiBucketSources(calls);
    // A job that could not be read may name buckets of either kind.
    sources.failures.forEach(
        f -> {
          for (String type : TYPES) {
            out.gap(f.gap(calls, type, null));
          }
        });
    IamReads reads = new IamReads(calls);
    for (String bucket : sources.trainingData) {
      trainingData(calls, reads, out, bucket);
    }
    for (String bucket : sources.artifacts) {
      artifacts(calls, reads, out, bucket);
    }
  }

  private static void trainingData(ScopeCalls calls, IamReads reads, FactSink out, String bucket) {
    String arn = "arn:aws:s3:::" + bucket;
    Known<JsonNode> policy =
        reads.one(
            "s3",
            "GetBucketPolicy",
            IamReads.about(Map.of("Bucket", bucket)),
            Set.of("NoSuchBucketPolicy"));
    if (!policy.ok()) {
      policy.gaps(calls, out, arn, "TrainingDataBucket");
      return;
    }
    JsonNode doc = document(policy.value().get("Policy"));
    boolean publicOpen = false;
    boolean tlsDeny = false;
    for (JsonNode s : statements(doc)) {
      boolean conditional = s.path("Condition").isObject() && !s.path("Condition").isEmpty();
      if ("Allow".equals(Json.text(s, "Effect")) && everyone(s.get("Principal")) && !conditional) {
        publicOpen = true;
      }
      if ("Deny".equals(Json.text(s, "Effect")) && refusesPlainHttp(s.path("Condition"))) {
        tlsDeny = true;
      }
    }
    out.add(
        new TrainingDataBucket(
            arn, calls.accountId(), calls.region(), bucket, doc != null, publicOpen, tlsDeny));
  }

  private static void artifacts(ScopeCalls calls, IamReads reads, FactSink out, String bucket) {
    String arn = "arn:aws:s3:::" + bucket;
    Known<JsonNode> versioning =
        reads.one("s3", "GetBucketVersioning", IamReads.about(Map.of("Bucket", bucket)), Set.of());
    if (versioning.ok()) {
      out.add(
          new ModelArtifactBucket(
              arn,
              calls.accountId(),
              calls.region(),
              bucket,
              Json.text(versioning.value(), "Status")));
    } else {
      versioning.gaps(calls, out, arn, "ModelArtifactBucket");
    }
    Known<java.util.List<JsonNode>> points =
        reads.items(
            "backup",
            "ListRecoveryPointsByResource",
            IamReads.about(Map.of("ResourceArn", arn)).or(c -> bucket.equals(c.suffix())),
            "RecoveryPoints");
    if (!points.ok()) {
      points.gaps(calls, out, arn, "ModelArtifactBackup");
      return;
    }
    Instant latest = null;
    for (JsonNode p : points.value()) {
      Instant created = Json.instant(p, "CreationDate");
      if ("COMPLETED".equals(Json.text(p, "Status"))
          && created != null
          && (latest == null || created.isAfter(latest))) {
        latest = created;
      }
    }
    out.add(new ModelArtifactBackup(arn, calls.accountId(), calls.region(), bucket, latest));
  }

  private static JsonNode document(JsonNode policy) {
    if (policy == null || policy.isNull() || policy.isMissingNode()) {
      return null;
    }
    try {
      return policy.isTextual() ? JSON.readTree(policy.asText()) : policy;
    } catch (Exception e) {
      // An unreadable policy grants nothing we can prove safe: judged as having no TLS deny.
      return JSON.createObjectNode();
    }
  }

  private static java.util.List<JsonNode> statements(JsonNode doc) {
    if (doc == null) {
      return java.util.List.of();
    }
    JsonNode s = doc.get("Statement");
    return s != null && s.isObject() ? java.util.List.of(s) : Json.array(doc, "Statement");
  }

  /** {@code "*"} or {@code {"AWS": "*"}} (alone or in a list). */
  private static boolean everyone(JsonNode principal) {
    if (principal == null) {
      return false;
    }
    if (principal.isTextual()) {
      return "*".equals(principal.asText());
    }
    JsonNode aws = principal.get("AWS");
    if (aws == null) {
      return false;
    }
    if (aws.isArray()) {
      for (JsonNode a : aws) {
        if ("*".equals(a.asText())) {
          return true;
        }
      }
      return false;
    }
    return "*".equals(aws.asText());
  }

  private static boolean refusesPlainHttp(JsonNode condition) {
    JsonNode bool = condition.path("Bool").path("aws:SecureTransport");
    if (bool.isArray()) {
      for (JsonNode v : bool) {
        if ("false".equalsIgnoreCase(v.asText())) {
          return true;
        }
      }
      return false;
    }
    return "false".equalsIgnoreCase(bool.asText());
  }
}
