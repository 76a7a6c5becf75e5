package dev.assay.bench;

import dev.assay.fact.Agent;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
        v.add(pii, g.arn(), "Guardrail " + g.name() + " does not block or mask PII.");
      }
      if (!blocksPromptAttacks.contains(g.arn())) {
        v.add(promptAttack, g.arn(), "Guardrail " + g.name() + " does not block prompt attacks.");
      }
      for (String type : CONTENT_TYPES) {
        if (!strongFilters.contains(g.arn() + "|" + type)) {
          v.add(content, g.arn(), "Guardrail " + g.name() + " does not filter " + type + ".");
          break;
        }
      }
      if (g.automatedReasoningPolicies() == 0) {
        v.add(reasoning, g.arn(), "Guardrail " + g.name() + " has no Automated Reasoning policy.");
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
        v.add(grounding, g.arn(), "Guardrail " + g.name() + " does not block ungrounded answers.");
      }
    }
    for (GuardrailAdoption a : f.of(GuardrailAdoption.class)) {
      if (a.inUse() && !regionsWithGuardrails.contains(a.accountId() + "|" + a.region())) {
        v.add(configured, a.arn(), "No Bedrock guardrail in " + a.region() + ".");
      }
    }
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
    for (CustomModel m : f.of(CustomModel.class)) {
      if (m.kmsKeyArn() == null) {
        v.add(customKms, m.arn(), "Custom model " + m.name() + " has no customer key.");
      }
      if (m.jobArn() == null || m.trainingDataUri() == null) {
        v.add(lineage, m.arn(), "Custom model " + m.name() + " does not record its lineage.");
      }
    }
    for (CustomModelUsage u : f.of(CustomModelUsage.class)) {
      if (u.invocations() == 0 && u.provisionedThroughputs() == 0) {
        v.add(inUse, u.arn(), "Custom model " + u.name() + " had no invocations.");
      }
    }
    long maxAge = ctx.integer("bedrock_model_max_evaluation_age_days");
    for (ModelEvaluation e : f.of(ModelEvaluation.class)) {
      if (ctx.daysSince(e.lastCompletedAt()) > maxAge) {
        v.add(evaluated, e.arn(), "The model " + e.name() + " has no recent evaluation.");
      }
    }
    for (ImportedModel m : f.of(ImportedModel.class)) {
      if (m.kmsKeyArn() == null) {
        v.add(importedKms, m.arn(), "Imported model " + m.name() + " has no customer key.");
      }
    }
    for (Prompt p : f.of(Prompt.class)) {
      if (p.kmsKeyArn() == null) {
        v.add(prompt, p.arn(), "Prompt " + p.name() + " has no customer key.");
      }
    }
    for (ModelInvocationJob j : f.of(ModelInvocationJob.class)) {
      if (j.outputKmsKeyId() == null) {
        v.add(batch, j.arn(), "Batch inference job " + j.name() + " has no customer key.");
      }
    }
    for (ProvisionedThroughputUsage u : f.of(ProvisionedThroughputUsage.class)) {
      if (u.invocations() == 0) {
        v.add(throughput, u.arn(), "Provisioned throughput " + u.name() + " served nothing.");
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
    Map<String, RolePermissions> resolved = new HashMap<>();
    for (RolePermissions r : f.of(RolePermissions.class)) {
      if (r.resolved()) {
        resolved.putIfAbsent(r.arn(), r);
      }
    }
    // The estate resolves every role it names; unresolved roles would need the rules' second arm.
    long maxTtl = ctx.integer("bedrock_agent_max_idle_session_ttl_seconds");
    for (Agent a : f.of(Agent.class)) {
      if (a.guardrailId() == null) {
        v.add(guardrail, a.arn(), "Agent " + a.name() + " has no guardrail.");
      }
      if (a.idleSessionTtlSeconds() == null || a.idleSessionTtlSeconds() > maxTtl) {
        v.add(ttl, a.arn(), "Agent " + a.name() + " keeps idle sessions too long.");
      }
      RolePermissions r = a.roleArn() == null ? null : resolved.get(a.roleArn());
      if (r != null
          && (r.fullAccessPolicy() != null
              || r.grantsAdmin()
              || r.grantsPrivilegeEscalation()
              || r.permissionsBoundaryArn() == null)) {
        v.add(agentRole, a.arn(), "Agent " + a.name() + "'s role " + r.roleName() + " is broad.");
      }
    }
    for (KnowledgeBaseRole k : f.of(KnowledgeBaseRole.class)) {
      RolePermissions r = k.roleArn() == null ? null : resolved.get(k.roleArn());
      if (r != null
          && (r.grantsBedrockFullAccess() || r.grantsKnowledgeBaseActionsOnAnyResource())) {
        v.add(kbRole, k.arn(), "Knowledge base " + k.name() + "'s role is broad.");
      }
    }
    for (KnowledgeBaseDataSource d : f.of(KnowledgeBaseDataSource.class)) {
      if (d.kmsKeyArn() == null) {
        v.add(kbKms, d.arn(), "Data source " + d.name() + " has no customer key.");
      }
    }
    long maxIngestion = ctx.integer("bedrock_knowledge_base_max_ingestion_age_days");
    for (DataSourceIngestion i : f.of(DataSourceIngestion.class)) {
      if (ctx.daysSince(i.lastCompletedAt()) > maxIngestion) {
        v.add(ingestion, i.arn(), "Data source " + i.name() + " is stale.");
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
        v.add(logging, l.arn(), "Invocation logging is off in " + l.region() + ".");
      }
    }
    for (InvocationLogText t : f.of(InvocationLogText.class)) {
      if (!t.textDataDelivery()) {
        v.add(text, t.arn(), "Invocation logging does not capture text in " + t.region() + ".");
      }
    }
    for (InvocationLogEncryption e : f.of(InvocationLogEncryption.class)) {
      if (e.s3Unencrypted() || e.logGroupUnencrypted()) {
        v.add(encrypted, e.arn(), "Invocation logs are unencrypted in " + e.region() + ".");
      }
    }
    for (PromptManagement p : f.of(PromptManagement.class)) {
      if (p.inUse() && p.prompts() == 0) {
        v.add(prompts, p.arn(), "No managed prompt in " + p.region() + ".");
      }
    }
    for (EnforcedGuardrails e : f.of(EnforcedGuardrails.class)) {
      if (e.inUse() && e.configurations() == 0) {
        v.add(enforced, e.arn(), "No enforced guardrail in " + e.region() + ".");
      }
    }
    for (BedrockRuntimeAlarms a : f.of(BedrockRuntimeAlarms.class)) {
      if (a.inUse() && a.alarms() == 0) {
        v.add(alarms, a.arn(), "No Bedrock runtime alarm in " + a.region() + ".");
      }
    }
    for (BedrockTrailLogging t : f.of(BedrockTrailLogging.class)) {
      if (t.inUse() && !t.logsBedrock()) {
        v.add(trail, t.arn(), "No trail logs Bedrock in " + t.region() + ".");
      }
    }
  }
}
