package dev.assay.collect.aws.iam;

import dev.assay.collect.CallRecorder;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.GetGroupPolicyRequest;
import software.amazon.awssdk.services.iam.model.GetLoginProfileRequest;
import software.amazon.awssdk.services.iam.model.GetRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.GetUserPolicyRequest;
import software.amazon.awssdk.services.iam.model.ListAttachedGroupPoliciesRequest;
import software.amazon.awssdk.services.iam.model.ListAttachedGroupPoliciesResponse;
import software.amazon.awssdk.services.iam.model.ListAttachedRolePoliciesRequest;
import software.amazon.awssdk.services.iam.model.ListAttachedRolePoliciesResponse;
import software.amazon.awssdk.services.iam.model.ListAttachedUserPoliciesRequest;
import software.amazon.awssdk.services.iam.model.ListAttachedUserPoliciesResponse;
import software.amazon.awssdk.services.iam.model.ListGroupPoliciesRequest;
import software.amazon.awssdk.services.iam.model.ListGroupPoliciesResponse;
import software.amazon.awssdk.services.iam.model.ListGroupsForUserRequest;
import software.amazon.awssdk.services.iam.model.ListGroupsForUserResponse;
import software.amazon.awssdk.services.iam.model.ListGroupsRequest;
import software.amazon.awssdk.services.iam.model.ListGroupsResponse;
import software.amazon.awssdk.services.iam.model.ListMfaDevicesRequest;
import software.amazon.awssdk.services.iam.model.ListMfaDevicesResponse;
import software.amazon.awssdk.services.iam.model.ListRolePoliciesRequest;
import software.amazon.awssdk.services.iam.model.ListRolePoliciesResponse;
import software.amazon.awssdk.services.iam.model.ListServiceSpecificCredentialsRequest;
import software.amazon.awssdk.services.iam.model.ListUserPoliciesRequest;
import software.amazon.awssdk.services.iam.model.ListUserPoliciesResponse;
import software.amazon.awssdk.services.iam.model.ListUsersRequest;
import software.amazon.awssdk.services.iam.model.ListUsersResponse;
import software.amazon.awssdk.services.iam.model.User;

/**
 * The policies of roles, users and groups: attached ones (whose ARNs it gathers for their
 * documents) and inline ones with their documents. Calls about one principal carry its name as
 * suffix ({@code _<role>_<policy>} for an inline document) and in the request.
 */
final class Principals {

  private final IamClient iam;
  private final CallRecorder r;
  private final Set<String> attached = new LinkedHashSet<>();

  Principals(IamClient iam, CallRecorder r) {
    this.iam = iam;
    this.r = r;
  }

  /** Every managed policy attached to a principal read so far. */
  Set<String> attached() {
    return attached;
  }

  void role(String name) {
    r.listAbout(
            "ListAttachedRolePolicies",
            name,
            ListAttachedRolePoliciesRequest.builder().roleName(name).build(),
            iam::listAttachedRolePoliciesPaginator,
            ListAttachedRolePoliciesResponse::attachedPolicies)
        .forEach(this::attach);
    for (String policy :
        r.listAbout(
            "ListRolePolicies",
            name,
            ListRolePoliciesRequest.builder().roleName(name).build(),
            iam::listRolePoliciesPaginator,
            ListRolePoliciesResponse::policyNames)) {
      r.detail(
          "GetRolePolicy",
          name + "_" + policy,
          GetRolePolicyRequest.builder().roleName(name).policyName(policy).build(),
          iam::getRolePolicy);
    }
  }

  /** Lists the users and reads each one's policies, groups, API keys, console access and MFA. */
  List<User> users() {
    List<User> users =
        r.list(
            "ListUsers",
            ListUsersRequest.builder().build(),
            iam::listUsersPaginator,
            ListUsersResponse::users);
    for (User user : users) {
      String name = user.userName();
      r.listAbout(
              "ListAttachedUserPolicies",
              name,
              ListAttachedUserPoliciesRequest.builder().userName(name).build(),
              iam::listAttachedUserPoliciesPaginator,
              ListAttachedUserPoliciesResponse::attachedPolicies)
          .forEach(this::attach);
      for (String policy :
          r.listAbout(
              "ListUserPolicies",
              name,
              ListUserPoliciesRequest.builder().userName(name).build(),
              iam::listUserPoliciesPaginator,
              ListUserPoliciesResponse::policyNames)) {
        r.detail(
            "GetUserPolicy",
            name + "_" + policy,
            GetUserPolicyRequest.builder().userName(name).policyName(policy).build(),
            iam::getUserPolicy);
      }
      r.listAbout(
          "ListGroupsForUser",
          name,
          ListGroupsForUserRequest.builder().userName(name).build(),
          iam::listGroupsForUserPaginator,
          ListGroupsForUserResponse::groups);
      r.detail(
          "ListServiceSpecificCredentials",
          name,
          ListServiceSpecificCredentialsRequest.builder().userName(name).build(),
          iam::listServiceSpecificCredentials);
      // No login profile (NoSuchEntity) means no console access: an answer, not a gap.
      if (r.detailOrAbsent(
              "GetLoginProfile",
              name,
              GetLoginProfileRequest.builder().userName(name).build(),
              iam::getLoginProfile,
              Set.of("NoSuchEntity", "NoSuchEntityException"))
          .isPresent()) {
        r.listAbout(
            "ListMFADevices",
            name,
            ListMfaDevicesRequest.builder().userName(name).build(),
            iam::listMFADevicesPaginator,
            ListMfaDevicesResponse::mfaDevices);
      }
    }
    return users;
  }

  void groups() {
    for (var group :
        r.list(
            "ListGroups",
            ListGroupsRequest.builder().build(),
            iam::listGroupsPaginator,
            ListGroupsResponse::groups)) {
      String name = group.groupName();
      r.listAbout(
              "ListAttachedGroupPolicies",
              name,
              ListAttachedGroupPoliciesRequest.builder().groupName(name).build(),
              iam::listAttachedGroupPoliciesPaginator,
              ListAttachedGroupPoliciesResponse::attachedPolicies)
          .forEach(this::attach);
      for (String policy :
          r.listAbout(
              "ListGroupPolicies",
              name,
              ListGroupPoliciesRequest.builder().groupName(name).build(),
              iam::listGroupPoliciesPaginator,
              ListGroupPoliciesResponse::policyNames)) {
        r.detail(
            "GetGroupPolicy",
            name + "_" + policy,
            GetGroupPolicyRequest.builder().groupName(name).policyName(policy).build(),
            iam::getGroupPolicy);
      }
    }
  }

  private void attach(AttachedPolicy p) {
    attached.add(p.policyArn());
  }
}
