package dev.assay.bench;

import dev.assay.fact.BedrockRuntimeAlarms;
import dev.assay.fact.BedrockTrailLogging;
import dev.assay.fact.CustomModel;
import dev.assay.fact.CustomModelUsage;
import dev.assay.fact.EnforcedGuardrails;
import dev.assay.fact.EvaluationContext;
import dev.assay.fact.ImportedModel;
import dev.assay.fact.InvocationLogEncryption;
import dev.assay.fact.InvocationLogText;
import dev.assay.fact.InvocationLogging;
import dev.assay.fact.ModelEvaluation;
import dev.assay.fact.ModelInvocationJob;
import dev.assay.fact.Prompt;
import dev.assay.fact.PromptManagement;
import dev.assay.fact.ProvisionedThroughputUsage;

/** The floor's Amazon Bedrock model checks and region-level logging, alarms and adoption. */
final class FloorBedrock {

  private FloorBedrock() {}

  static void check(FactsByType f, EvaluationContext ctx, Violations v) {
    models(f, ctx, v);
    regionLevel(f, v);
  }

  private static void models(FactsByType f, EvaluationContext ctx, Violations v) {
    String customKms = "bedrock_custom_model_encrypted_with_cmk";
    String lineage = "bedrock_custom_model_lineage_recorded";
    String inUse = "bedrock_custom_model_in_use";
    String evaluated = "bedrock_model_evaluation_recent";
    String importedKms = "bedrock_imported_model_encrypted_with_cmk";
    String prompt = "bedrock_prompt_encrypted_with_cmk";
    String batch = "bedrock_model_invocation_job_output_encrypted_with_cmk";
    String throughput = "bedrock_provisioned_throughput_utilized";
    v.checks(customKms, lineage, inUse, evaluated, importedKms, prompt, batch, throughput);
    String customKeys = "bedrock_custom_model_kms_key_arns";
    String importedKeys = "bedrock_imported_model_kms_key_arns";
    String promptKeys = "bedrock_prompt_kms_key_arns";
    for (CustomModel m : f.of(CustomModel.class)) {
      if (!ctx.kmsKeyAllowed(customKeys, m.kmsKeyArn())) {
        v.add(customKms, m.arn(), keyReason("Custom model " + m.name(), m.kmsKeyArn(), customKeys));
      }
      if (m.jobArn() == null || m.trainingDataUri() == null) {
        v.add(
            lineage,
            m.arn(),
            "Custom model "
                + m.name()
                + " does not record "
                + (m.jobArn() == null
                    ? "the customization job that produced it"
                    : "the training data it was trained on")
                + ".");
      }
    }
    for (CustomModelUsage u : f.of(CustomModelUsage.class)) {
      if (u.invocations() == 0 && u.provisionedThroughputs() == 0) {
        v.add(
            inUse,
            u.arn(),
            "Custom model "
                + u.name()
                + " had no invocations in the "
                + u.windowDays()
                + " days collected and has no provisioned throughput.");
      }
    }
    long maxAge = ctx.integer("bedrock_model_max_evaluation_age_days");
    for (ModelEvaluation e : f.of(ModelEvaluation.class)) {
      if (ctx.daysSince(e.lastCompletedAt()) > maxAge) {
        v.add(
            evaluated,
            e.arn(),
            e.lastCompletedAt() == null
                ? "The " + e.kind() + " model " + e.name() + " has no completed evaluation job."
                : "The "
                    + e.kind()
                    + " model "
                    + e.name()
                    + " was last evaluated "
                    + ctx.daysSince(e.lastCompletedAt())
                    + " days ago, more than the allowed "
                    + maxAge
                    + ".");
      }
    }
    for (ImportedModel m : f.of(ImportedModel.class)) {
      if (!ctx.kmsKeyAllowed(importedKeys, m.kmsKeyArn())) {
        v.add(
            importedKms,
            m.arn(),
            keyReason("Imported model " + m.name(), m.kmsKeyArn(), importedKeys));
      }
    }
    for (Prompt p : f.of(Prompt.class)) {
      if (!ctx.kmsKeyAllowed(promptKeys, p.kmsKeyArn())) {
        v.add(prompt, p.arn(), keyReason("Prompt " + p.name(), p.kmsKeyArn(), promptKeys));
      }
    }
    for (ModelInvocationJob j : f.of(ModelInvocationJob.class)) {
      if (j.outputKmsKeyId() == null) {
        v.add(
            batch,
            j.arn(),
            "Batch inference job "
                + j.name()
                + " writes its output to S3 without a customer-managed KMS key.");
      }
    }
    for (ProvisionedThroughputUsage u : f.of(ProvisionedThroughputUsage.class)) {
      if (u.invocations() == 0) {
        v.add(
            throughput,
            u.arn(),
            "Provisioned throughput "
                + u.name()
                + " served no invocations in the "
                + u.windowDays()
                + " days collected.");
      }
    }
  }

  private static void regionLevel(FactsByType f, Violations v) {
    String logging = "bedrock_model_invocation_logging_enabled";
    String text = "bedrock_model_invocation_logging_text_delivery_enabled";
    String encrypted = "bedrock_model_invocation_logs_encryption_enabled";
    String prompts = "bedrock_prompt_management_exists";
    String enforced = "bedrock_enforced_guardrail_configured";
    String alarms = "cloudwatch_bedrock_runtime_alarms_configured";
    String trail = "cloudtrail_bedrock_logging_enabled";
    v.checks(logging, text, encrypted, prompts, enforced, alarms, trail);
    for (InvocationLogging l : f.of(InvocationLogging.class)) {
      if (l.inUse() && !l.enabled()) {
        v.add(
            logging,
            l.arn(),
            "Bedrock model invocation logging is off" + inUse(l.accountId(), l.region()));
      }
    }
    for (InvocationLogText t : f.of(InvocationLogText.class)) {
      if (!t.textDataDelivery()) {
        v.add(
            text,
            t.arn(),
            "Bedrock model invocation logging in account "
                + t.accountId()
                + " region "
                + t.region()
                + " does not capture the text of prompts and responses.");
      }
    }
    for (InvocationLogEncryption e : f.of(InvocationLogEncryption.class)) {
      if (e.s3Unencrypted() || e.logGroupUnencrypted()) {
        v.add(
            encrypted,
            e.arn(),
            "Bedrock model invocation logs in account "
                + e.accountId()
                + " region "
                + e.region()
                + " go to "
                + (e.s3Unencrypted()
                    ? "S3 bucket " + e.s3Bucket() + ", which has no default encryption"
                    : "")
                + (e.s3Unencrypted() && e.logGroupUnencrypted() ? ", and to " : "")
                + (e.logGroupUnencrypted()
                    ? "log group " + e.logGroup() + ", which has no KMS key"
                    : "")
                + ".");
      }
    }
    for (PromptManagement p : f.of(PromptManagement.class)) {
      if (p.inUse() && p.prompts() == 0) {
        v.add(
            prompts,
            p.arn(),
            "No prompt is kept in Bedrock Prompt Management" + inUse(p.accountId(), p.region()));
      }
    }
    for (EnforcedGuardrails e : f.of(EnforcedGuardrails.class)) {
      if (e.inUse() && e.configurations() == 0) {
        v.add(
            enforced,
            e.arn(),
            "No account-level enforced guardrail applies to model invocations"
                + inUse(e.accountId(), e.region()));
      }
    }
    for (BedrockRuntimeAlarms a : f.of(BedrockRuntimeAlarms.class)) {
      if (a.inUse() && a.alarms() == 0) {
        v.add(
            alarms,
            a.arn(),
            "No CloudWatch alarm watches Bedrock invocation errors, throttles or latency"
                + inUse(a.accountId(), a.region()));
      }
    }
    for (BedrockTrailLogging t : f.of(BedrockTrailLogging.class)) {
      if (t.inUse() && !t.logsBedrock()) {
        v.add(
            trail,
            t.arn(),
            "No logging CloudTrail trail records Bedrock API activity"
                + inUse(t.accountId(), t.region()));
      }
    }
  }

  /** Why a resource's KMS key is not allowed, as the rules with a key-list parameter say it. */
  static String keyReason(String resource, String keyArn, String allowedKeys) {
    return keyArn == null
        ? resource + " is encrypted with an AWS-owned key, not a customer-managed KMS key."
        : resource
            + " is encrypted with KMS key "
            + keyArn
            + ", which is not among the allowed keys ("
            + allowedKeys
            + ").";
  }

  /** The end of a region-level reason: where, and that the service is in use there. */
  static String inUse(String accountId, String region) {
    return " in account " + accountId + " region " + region + ", where Bedrock is in use.";
  }
}
