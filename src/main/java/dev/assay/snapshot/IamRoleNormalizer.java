package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.AgentCoreAccess;
import dev.assay.fact.AssumableRole;
import dev.assay.fact.AttachedPolicy;
import dev.assay.fact.IamRole;
import dev.assay.fact.RoleBedrockAccess;
import dev.assay.fact.RolePermissions;
import dev.assay.snapshot.IamReads.Known;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.regex.Pattern;

/**
 * IAM roles: trust, attached and inline policies, what they grant, and last use of GenAI services.
 */
public final class IamRoleNormalizer implements Normalizer {

  private static final Pattern AWS_FULL_ACCESS =
      Pattern.compile("arn:aws[a-z-]*:iam::aws:policy/.*FullAccess");

  static final String IAM = IamPrincipalPolicies.IAM;

  /** Knowledge-base actions that should be scoped to knowledge-base ARNs, never {@code *}. */
  static final List<String> KNOWLEDGE_BASE_ACTIONS =
      List.of(
          "bedrock:Retrieve",
          "bedrock:RetrieveAndGenerate",
          "bedrock:GetKnowledgeBase",
          "bedrock:UpdateKnowledgeBase",
          "bedrock:DeleteKnowledgeBase",
          "bedrock:StartIngestionJob",
          "bedrock:AssociateThirdPartyKnowledgeBase");

  private static final String[] ROLE_TYPES = {
    "IamRole",
    "AssumableRole",
    "RolePermissions",
    "InlinePolicy",
    "BedrockInvokePolicy",
    "RoleBedrockAccess",
    "AgentCoreAccess"
  };

  @Override
  public Set<String> reads() {
    return Set.of(
        "iam.ListRoles",
        "iam.GetRole",
        "iam.ListAttachedRolePolicies",
        "iam.ListRolePolicies",
        "iam.GetRolePolicy",
        "iam.GetPolicyVersion",
        "iam.GenerateServiceLastAccessedDetails",
        "iam.GetServiceLastAccessedDetails");
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public void normalize(ScopeCalls calls, FactSink out) {
    IamPrincipalPolicies policies = new IamPrincipalPolicies(calls);
    for (JsonNode item : calls.listItems(IAM, "ListRoles", "Roles", ROLE_TYPES)) {
      String name = Json.text(item, "RoleName");
      String arn = Json.text(item, "Arn", calls.arn("iam", name == null ? null : "role/" + name));
      if (name == null) {
        continue;
      }
      role(calls, out, policies, item, name, arn);
      lastAccess(calls, out, name, arn);
    }
  }

  private void role(
      ScopeCalls calls,
      FactSink out,
      IamPrincipalPolicies policies,
      JsonNode item,
      String name,
      String arn) {
    Known<List<String>> attached = policies.attached("Role", name);
    Known<List<IamPolicy>> inline = policies.inline("Role", name, arn, out);
    if (!attached.ok()) {
      attached.gaps(calls, out, arn, "IamRole", "AssumableRole", "RolePermissions");
      return;
    }
    // An unreadable trust policy is judged as if people could assume the role (fail closed).
    IamPolicy trust = IamPolicy.parse(item.get("AssumeRolePolicyDocument"));
    boolean serviceRole = trust != null && trust.trustsOnlyServices();
    if (!Json.text(item, "Path", "/").startsWith("/aws-service-role/")) {
      out.add(new IamRole(arn, calls.accountId(), calls.region(), name, serviceRole));
    }
    if (!serviceRole) {
      out.add(new AssumableRole(arn, calls.accountId(), calls.region(), name));
    }
    attached.value().forEach(p -> out.add(new AttachedPolicy(arn, p)));
    if (!inline.ok()) {
      inline.gaps(calls, out, arn, "RolePermissions");
      return;
    }
    Known<List<IamPolicy>> managed = policies.documents(attached.value());
    Known<JsonNode> getRole =
        new IamReads(calls).one(IAM, "GetRole", IamReads.about(Map.of("RoleName", name)), Set.of());
    if (!managed.ok() || !getRole.ok()) {
      managed.gaps(calls, out, arn, "RolePermissions");
      getRole.gaps(calls, out, arn, "RolePermissions");
      return;
    }
    List<IamPolicy> all = new ArrayList<>(managed.value());
    all.addAll(inline.value());
    out.add(
        permissions(calls, arn, name, attached.value(), IamPolicy.combine(all), getRole.value()));
  }

  private static RolePermissions permissions(
      ScopeCalls calls,
      String arn,
      String name,
      List<String> attached,
      IamPolicy effective,
      JsonNode getRole) {
    String fullAccess =
        attached.stream()
            .filter(p -> AWS_FULL_ACCESS.matcher(p).matches())
            .map(p -> p.substring(p.lastIndexOf('/') + 1))
            .findFirst()
            .orElse(null);
    SortedSet<String> broad = effective.broadActionsOnAnyResource();
    return new RolePermissions(
        arn,
        calls.accountId(),
        calls.region(),
        name,
        true,
        Json.text(getRole.path("Role").path("PermissionsBoundary"), "PermissionsBoundaryArn"),
        fullAccess,
        effective.grantsAdmin(),
        effective.grantsPrivilegeEscalation(),
        effective.grantsWholeService("bedrock"),
        KNOWLEDGE_BASE_ACTIONS.stream().anyMatch(effective::allowsOnAnyResource),
        broad.isEmpty() ? null : String.join(", ", broad));
  }

  private static void lastAccess(ScopeCalls calls, FactSink out, String name, String arn) {
    Known<Map<String, Instant>> used = IamLastAccess.read(new IamReads(calls), arn, name);
    if (!used.ok()) {
      used.gaps(calls, out, arn, "RoleBedrockAccess", "AgentCoreAccess");
      return;
    }
    Map<String, Instant> namespaces = used.value();
    if (namespaces.containsKey("bedrock")) {
      out.add(
          new RoleBedrockAccess(
              arn, calls.accountId(), calls.region(), name, namespaces.get("bedrock")));
    }
    if (namespaces.containsKey("bedrock-agentcore")) {
      out.add(
          new AgentCoreAccess(
              arn,
              calls.accountId(),
              calls.region(),
              name,
              "role",
              namespaces.get("bedrock-agentcore")));
    }
  }
}
