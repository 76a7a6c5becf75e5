package dev.assay.bench;

import dev.assay.fact.EvaluationContext;
import dev.assay.fact.LlmJackingWatch;
import dev.assay.fact.ModelArtifactBackup;
import dev.assay.fact.ModelArtifactBucket;
import dev.assay.fact.TrailIdentity;
import dev.assay.fact.TrailIdentityCall;
import dev.assay.fact.TrainingDataBucket;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The floor's account-wide checks of S3 buckets, their backups and CloudTrail activity. */
final class FloorStorageAndTrail {

  private FloorStorageAndTrail() {}

  static void check(FactsByType f, EvaluationContext ctx, Violations v) {
    storage(f, ctx, v);
    llmJacking(f, ctx, v);
  }

  private static void storage(FactsByType f, EvaluationContext ctx, Violations v) {
    String versioning = "s3_genai_model_artifact_bucket_versioning_enabled";
    String backup = "backup_genai_model_artifacts_protected";
    String policy = "s3_genai_training_data_bucket_policy_restricted";
    v.checks(versioning, backup, policy);
    for (ModelArtifactBucket b : f.of(ModelArtifactBucket.class)) {
      if (!"Enabled".equals(b.versioning())) {
        v.add(
            versioning,
            b.arn(),
            "Model-artefact bucket "
                + b.bucketName()
                + (b.versioning() == null
                    ? " has never had versioning enabled."
                    : " has versioning " + b.versioning() + "."));
      }
    }
    long maxAge = ctx.integer("backup_genai_model_artifacts_max_age_days");
    for (ModelArtifactBackup b : f.of(ModelArtifactBackup.class)) {
      if (ctx.daysSince(b.latestCompleted()) > maxAge) {
        v.add(
            backup,
            b.arn(),
            "Model-artefact bucket "
                + b.bucketName()
                + (b.latestCompleted() == null
                    ? " has no completed AWS Backup recovery point."
                    : "'s newest completed AWS Backup recovery point is "
                        + ctx.daysSince(b.latestCompleted())
                        + " days old (limit "
                        + maxAge
                        + " days)."));
      }
    }
    for (TrainingDataBucket b : f.of(TrainingDataBucket.class)) {
      if (b.publicWithoutCondition() || !b.deniesInsecureTransport()) {
        v.add(policy, b.arn(), "Training-data bucket " + b.bucketName() + trainingBucketCause(b));
      }
    }
  }

  private static String trainingBucketCause(TrainingDataBucket b) {
    if (b.publicWithoutCondition()) {
      return " has a bucket policy that allows any principal without a condition"
          + (b.deniesInsecureTransport() ? "." : " and does not deny requests without TLS.");
    }
    return !b.hasPolicy()
        ? " has no bucket policy, so nothing denies requests without TLS."
        : "'s bucket policy does not deny requests without TLS (aws:SecureTransport false).";
  }

  /** An identity that called more than the threshold share of the watched actions recently. */
  private static void llmJacking(FactsByType f, EvaluationContext ctx, Violations v) {
    String rule = "cloudtrail_threat_detection_llm_jacking";
    v.checks(rule);
    List<String> actions = ctx.strings("threat_detection_llm_jacking_actions");
    Set<String> watched = new HashSet<>(actions);
    long minutes = ctx.integer("threat_detection_llm_jacking_minutes");
    double threshold = ctx.decimal("threat_detection_llm_jacking_threshold");
    Map<String, Integer> recentCalls = new HashMap<>();
    for (TrailIdentityCall c : f.of(TrailIdentityCall.class)) {
      if (watched.contains(c.eventName()) && c.seenWithin(ctx.now(), minutes)) {
        recentCalls.merge(
            c.accountId() + "|" + c.region() + "|" + c.identityArn(), 1, Integer::sum);
      }
    }
    Map<String, List<TrailIdentity>> identities = new HashMap<>();
    for (TrailIdentity i : f.of(TrailIdentity.class)) {
      identities
          .computeIfAbsent(i.accountId() + "|" + i.region(), k -> new java.util.ArrayList<>())
          .add(i);
    }
    for (LlmJackingWatch w : f.of(LlmJackingWatch.class)) {
      if (!w.inUse()) {
        continue;
      }
      String scope = w.accountId() + "|" + w.region();
      for (TrailIdentity i : identities.getOrDefault(scope, List.of())) {
        int n = recentCalls.getOrDefault(scope + "|" + i.identityArn(), 0);
        if ((double) n / actions.size() > threshold) {
          v.add(
              rule,
              w.arn(),
              "Identity "
                  + i.identityArn()
                  + " called "
                  + n
                  + " of the "
                  + actions.size()
                  + " watched Bedrock model-access actions in the last "
                  + minutes
                  + " minutes in account "
                  + w.accountId()
                  + " region "
                  + w.region()
                  + ", a pattern of LLMjacking.");
        }
      }
    }
  }
}
