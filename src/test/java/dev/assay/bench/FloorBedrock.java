package dev.assay.bench;

import dev.assay.fact.Agent;
import dev.assay.fact.AgentServiceRole;
import dev.assay.fact.BedrockRuntimeAlarms;
import dev.assay.fact.BedrockTrailLogging;
import dev.assay.fact.CustomModel;
import dev.assay.fact.CustomModelUsage;
import dev.assay.fact.DataSourceIngestion;
import dev.assay.fact.EnforcedGuardrails;
import dev.assay.fact.EvaluationContext;
import dev.assay.fact.GroundingFilter;
import dev.assay.fact.Guardrail;
import dev.assay.fact.GuardrailAdoption;
import dev.assay.fact.GuardrailContentFilter;
import dev.assay.fact.GuardrailGrounding;
import dev.assay.fact.ImportedModel;
import dev.assay.fact.InvocationLogEncryption;
import dev.assay.fact.InvocationLogText;
import dev.assay.fact.InvocationLogging;
import dev.assay.fact.KnowledgeBaseDataSource;
import dev.assay.fact.KnowledgeBaseRole;
import dev.assay.fact.ModelEvaluation;
import dev.assay.fact.ModelInvocationJob;
import dev.assay.fact.Prompt;
import dev.assay.fact.PromptManagement;
import dev.assay.fact.ProvisionedThroughputUsage;
import dev.assay.fact.RolePermissions;
import dev.assay.fact.SensitiveInformationFilter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The floor's Amazon Bedrock checks (resources and region-level logging and adoption). */
final class FloorBedrock {

  private static final List<String> CONTENT_TYPES =
      List.of("HATE", "INSULTS", "SEXUAL", "VIOLENCE", "MISCONDUCT");

  private FloorBedrock() {}

  static void check(FactsByType f, EvaluationContext ctx, Violations v) {
    guardrails(f, v);
    models(f, ctx, v);
    agentsAndKnowledgeBases(f, ctx, v);
    regionLevel(f, v);
  }

  private static void guardrails(FactsByType f, Violations v) {
    String pii = "bedrock_guardrail_sensitive_information_filter_enabled";
    String promptAttack = "bedrock_guardrail_prompt_attack_filter_enabled";
    String content = "bedrock_guardrail_content_filters_configured";
    String reasoning = "bedrock_guardrail_automated_reasoning_configured";
    String grounding = "bedrock_guardrail_contextual_grounding_filter_enabled";
    String configured = "bedrock_guardrails_configured";
    v.checks(pii, promptAttack, content, reasoning, grounding, configured);
    Set<String> detectOnly = new HashSet<>();
    for (SensitiveInformationFilter s : f.of(SensitiveInformationFilter.class)) {
      if (s.detectOnly()) {
        detectOnly.add(s.guardrailArn());
      }
    }
    Set<String> strongFilters = new HashSet<>();
    Set<String> blocksPromptAttacks = new HashSet<>();
    for (GuardrailContentFilter c : f.of(GuardrailContentFilter.class)) {
      if ("PROMPT_ATTACK".equals(c.type()) && "HIGH".equals(c.inputStrength())) {
        blocksPromptAttacks.add(c.guardrailArn());
      }
      if (mediumOrHigh(c.inputStrength()) && mediumOrHigh(c.outputStrength())) {
        strongFilters.add(c.guardrailArn() + "|" + c.type());
      }
    }
    Set<String> regionsWithGuardrails = new HashSet<>();
    for (Guardrail g : f.of(Guardrail.class)) {
      regionsWithGuardrails.add(g.accountId() + "|" + g.region());
      if (!g.sensitiveInformationPolicy() || detectOnly.contains(g.arn())) {
        v.add(
            pii,
            g.arn(),
            g.sensitiveInformationPolicy()
                ? "Guardrail "
                    + g.name()
                    + " only detects some sensitive information (action NONE) without blocking or"
                    + " masking it."
                : "Guardrail " + g.name() + " has no sensitive-information (PII) filter.");
      }
      if (!blocksPromptAttacks.contains(g.arn())) {
        v.add(
            promptAttack,
            g.arn(),
            "Guardrail " + g.name() + " does not block prompt attacks at HIGH input strength.");
      }
      for (String type : CONTENT_TYPES) {
        if (!strongFilters.contains(g.arn() + "|" + type)) {
          v.add(
              content,
              g.arn(),
              "Guardrail "
                  + g.name()
                  + " does not filter hate, insults, sexual content, violence and misconduct at"
                  + " MEDIUM or higher on both input and output.");
          break;
        }
      }
      if (g.automatedReasoningPolicies() == 0) {
        v.add(
            reasoning,
            g.arn(),
            "Guardrail "
                + g.name()
                + " has no Automated Reasoning policy to check responses against.");
      }
    }
    Set<String> blocking = new HashSet<>();
    for (GroundingFilter g : f.of(GroundingFilter.class)) {
      if (g.enabled() && "BLOCK".equals(g.action()) && g.threshold() > 0) {
        blocking.add(g.guardrailArn() + "|" + g.type());
      }
    }
    for (GuardrailGrounding g : f.of(GuardrailGrounding.class)) {
      if (!blocking.contains(g.arn() + "|GROUNDING")
          || !blocking.contains(g.arn() + "|RELEVANCE")) {
        v.add(
            grounding,
            g.arn(),
            "Guardrail "
                + g.name()
                + " does not block ungrounded and irrelevant answers (contextual grounding and"
                + " relevance filters, enabled, BLOCK, threshold above 0).");
      }
    }
    for (GuardrailAdoption a : f.of(GuardrailAdoption.class)) {
      if (a.inUse() && !regionsWithGuardrails.contains(a.accountId() + "|" + a.region())) {
        v.add(
            configured,
            a.arn(),
            "No Bedrock guardrail is defined" + inUse(a.accountId(), a.region()));
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

  private static boolean mediumOrHigh(String strength) {
    return "MEDIUM".equals(strength) || "HIGH".equals(strength);
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

  private static void agentsAndKnowledgeBases(FactsByType f, EvaluationContext ctx, Violations v) {
    String guardrail = "bedrock_agent_guardrail_enabled";
    String ttl = "bedrock_agent_idle_session_ttl_not_excessive";
    String agentRole = "bedrock_agent_role_least_privilege";
    String kbRole = "bedrock_knowledge_base_role_least_privilege";
    String kbKms = "bedrock_knowledge_base_encrypted_with_cmk";
    String ingestion = "bedrock_knowledge_base_ingestion_recently_completed";
    v.checks(guardrail, ttl, agentRole, kbRole, kbKms, ingestion);
    long maxTtl = ctx.integer("bedrock_agent_max_idle_session_ttl_seconds");
    for (Agent a : f.of(Agent.class)) {
      if (a.guardrailId() == null) {
        v.add(guardrail, a.arn(), "Agent " + a.name() + " has no guardrail.");
      }
      if (a.idleSessionTtlSeconds() == null || a.idleSessionTtlSeconds() > maxTtl) {
        v.add(
            ttl,
            a.arn(),
            a.idleSessionTtlSeconds() == null
                ? "Agent " + a.name() + " does not report its idle session TTL."
                : "Agent "
                    + a.name()
                    + " keeps idle sessions for "
                    + a.idleSessionTtlSeconds()
                    + " seconds, more than the allowed "
                    + maxTtl
                    + ".");
      }
    }
    ServiceRoles roles = new ServiceRoles(f.of(RolePermissions.class));
    for (AgentServiceRole a : f.of(AgentServiceRole.class)) {
      String subject = "Agent " + a.name();
      roles
          .resolved(a.roleArn())
          .filter(
              r ->
                  r.fullAccessPolicy() != null
                      || r.grantsAdmin()
                      || r.grantsPrivilegeEscalation()
                      || r.permissionsBoundaryArn() == null)
          .ifPresent(
              r ->
                  v.add(
                      agentRole,
                      a.arn(),
                      subject + roleReason(a.roleArn(), r, agentRoleProblems(r) + ".")));
      if (roles.unreadable(a.roleArn(), a.accountId(), a.region())) {
        v.add(agentRole, a.arn(), subject + unreadableRole(a.roleArn()));
      }
    }
    for (KnowledgeBaseRole k : f.of(KnowledgeBaseRole.class)) {
      String subject = "Knowledge base " + k.name();
      roles
          .resolved(k.roleArn())
          .filter(r -> r.grantsBedrockFullAccess() || r.grantsKnowledgeBaseActionsOnAnyResource())
          .ifPresent(
              r ->
                  v.add(
                      kbRole,
                      k.arn(),
                      subject
                          + roleReason(
                              k.roleArn(),
                              r,
                              "grants "
                                  + (r.grantsBedrockFullAccess()
                                      ? "every bedrock action"
                                      : "knowledge-base actions on every resource")
                                  + " instead of actions scoped to knowledge-base ARNs.")));
      if (roles.unreadable(k.roleArn(), k.accountId(), k.region())) {
        v.add(kbRole, k.arn(), subject + unreadableRole(k.roleArn()));
      }
    }
    String kbKeys = "bedrock_knowledge_base_kms_key_arns";
    for (KnowledgeBaseDataSource d : f.of(KnowledgeBaseDataSource.class)) {
      if (!ctx.kmsKeyAllowed(kbKeys, d.kmsKeyArn())) {
        String subject = "Data source " + d.name() + " of knowledge base " + d.knowledgeBaseArn();
        v.add(
            kbKms,
            d.arn(),
            d.kmsKeyArn() == null
                ? subject + " has no customer-managed KMS key for its transient ingestion data."
                : subject
                    + " is encrypted with KMS key "
                    + d.kmsKeyArn()
                    + ", which is not among the allowed keys ("
                    + kbKeys
                    + ").");
      }
    }
    long maxIngestion = ctx.integer("bedrock_knowledge_base_max_ingestion_age_days");
    for (DataSourceIngestion i : f.of(DataSourceIngestion.class)) {
      if (ctx.daysSince(i.lastCompletedAt()) > maxIngestion) {
        v.add(
            ingestion,
            i.arn(),
            i.lastCompletedAt() == null
                ? "Data source " + i.name() + " never completed an ingestion job."
                : "Data source "
                    + i.name()
                    + " last completed an ingestion "
                    + ctx.daysSince(i.lastCompletedAt())
                    + " days ago, more than the allowed "
                    + maxIngestion
                    + ".");
      }
    }
  }

  /** A readable service role's problems; "names no service role" when the resource names none. */
  private static String roleReason(String roleArn, RolePermissions r, String problems) {
    return roleArn == null
        ? " names no service role."
        : "'s service role " + r.roleName() + " " + problems;
  }

  private static String unreadableRole(String roleArn) {
    return roleArn == null
        ? " names no service role."
        : "'s service role " + roleArn + " is not among the readable IAM roles of its account.";
  }

  /** The clauses the rules' {@code agentRoleProblems} function joins, in the same order. */
  private static String agentRoleProblems(RolePermissions r) {
    List<String> p = new ArrayList<>();
    if (r.fullAccessPolicy() != null) {
      p.add("has the AWS-managed policy " + r.fullAccessPolicy() + " attached");
    }
    if (r.grantsAdmin()) {
      p.add("grants administrator access (* on *)");
    }
    if (r.grantsPrivilegeEscalation()) {
      p.add("allows privilege-escalation actions on every resource");
    }
    if (r.permissionsBoundaryArn() == null) {
      p.add("has no permissions boundary");
    }
    return String.join(", ", p);
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
}
