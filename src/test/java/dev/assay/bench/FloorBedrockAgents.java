package dev.assay.bench;

import dev.assay.fact.Agent;
import dev.assay.fact.AgentServiceRole;
import dev.assay.fact.DataSourceIngestion;
import dev.assay.fact.EvaluationContext;
import dev.assay.fact.KnowledgeBaseDataSource;
import dev.assay.fact.KnowledgeBaseRole;
import dev.assay.fact.RolePermissions;
import java.util.ArrayList;
import java.util.List;

/** The floor's Amazon Bedrock agent and knowledge-base checks (service roles, keys, ingestion). */
final class FloorBedrockAgents {

  private FloorBedrockAgents() {}

  static void check(FactsByType f, EvaluationContext ctx, Violations v) {
    agentsAndKnowledgeBases(f, ctx, v);
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
}
