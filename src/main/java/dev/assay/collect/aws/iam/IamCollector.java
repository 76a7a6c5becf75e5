package dev.assay.collect.aws.iam;

import dev.assay.collect.CallRecorder;
import dev.assay.collect.ServiceCollector;
import dev.assay.collect.ServiceScope;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.GetPolicyRequest;
import software.amazon.awssdk.services.iam.model.GetPolicyVersionRequest;
import software.amazon.awssdk.services.iam.model.GetRoleRequest;
import software.amazon.awssdk.services.iam.model.ListPoliciesRequest;
import software.amazon.awssdk.services.iam.model.ListPoliciesResponse;
import software.amazon.awssdk.services.iam.model.ListRolesRequest;
import software.amazon.awssdk.services.iam.model.ListRolesResponse;
import software.amazon.awssdk.services.iam.model.Policy;

/**
 * AWS Identity and Access Management, once per account (region {@code global}): roles, users and
 * groups with their attached and inline policies, the default version of every attached managed
 * policy, users' Bedrock API keys, console access and MFA, and each principal's service
 * last-accessed report.
 */
public final class IamCollector implements ServiceCollector {

  static final String IAM = "iam";

  @Override
  public String name() {
    return IAM;
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public Set<String> operations() {
    return Set.of(
        "iam.ListRoles",
        "iam.GetRole",
        "iam.ListAttachedRolePolicies",
        "iam.ListRolePolicies",
        "iam.GetRolePolicy",
        "iam.ListUsers",
        "iam.ListAttachedUserPolicies",
        "iam.ListUserPolicies",
        "iam.GetUserPolicy",
        "iam.ListGroupsForUser",
        "iam.ListServiceSpecificCredentials",
        "iam.GetLoginProfile",
        "iam.ListMFADevices",
        "iam.ListGroups",
        "iam.ListAttachedGroupPolicies",
        "iam.ListGroupPolicies",
        "iam.GetGroupPolicy",
        "iam.ListPolicies",
        "iam.GetPolicyVersion",
        "iam.GenerateServiceLastAccessedDetails",
        "iam.GetServiceLastAccessedDetails");
  }

  @Override
  public List<String> entryOperations() {
    return List.of("iam.ListRoles", "iam.ListUsers", "iam.ListGroups", "iam.ListPolicies");
  }

  @Override
  public void collect(ServiceScope scope) {
    IamClient iam = scope.client(IamClient::builder);
    CallRecorder r = scope.recorder(IAM);
    Principals principals = new Principals(iam, r);
    Map<String, String> reports = new LinkedHashMap<>();
    for (var role :
        r.list(
            "ListRoles",
            ListRolesRequest.builder().build(),
            iam::listRolesPaginator,
            ListRolesResponse::roles)) {
      String name = role.roleName();
      r.detail("GetRole", name, GetRoleRequest.builder().roleName(name).build(), iam::getRole);
      principals.role(name);
      reports.put(role.arn(), "role_" + name);
    }
    for (var user : principals.users()) {
      reports.put(user.arn(), "user_" + user.userName());
    }
    principals.groups();
    // Scope=All: attached AWS-managed policies need their default version too; the normalizer
    // judges only the account's own.
    Map<String, String> defaults = new LinkedHashMap<>();
    for (Policy p :
        r.list(
            "ListPolicies",
            ListPoliciesRequest.builder().onlyAttached(true).build(),
            iam::listPoliciesPaginator,
            ListPoliciesResponse::policies)) {
      defaults.put(p.arn(), p.defaultVersionId());
    }
    Set<String> documents = new LinkedHashSet<>(defaults.keySet());
    documents.addAll(principals.attached());
    for (String arn : documents) {
      String version = defaults.get(arn);
      if (version == null) {
        // Attached after ListPolicies was read: ask for its default version.
        version =
            r.attempt(
                    "GetPolicy", GetPolicyRequest.builder().policyArn(arn).build(), iam::getPolicy)
                .map(p -> p.policy().defaultVersionId())
                .orElse(null);
      }
      if (version != null) {
        r.detail(
            "GetPolicyVersion",
            arn,
            GetPolicyVersionRequest.builder().policyArn(arn).versionId(version).build(),
            iam::getPolicyVersion);
      }
    }
    new LastAccessed(iam, r).collect(reports);
  }
}
