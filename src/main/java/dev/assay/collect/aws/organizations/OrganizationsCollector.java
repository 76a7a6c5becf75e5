package dev.assay.collect.aws.organizations;

import dev.assay.collect.CallRecorder;
import dev.assay.collect.ServiceCollector;
import dev.assay.collect.ServiceScope;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.DescribeOrganizationRequest;
import software.amazon.awssdk.services.organizations.model.DescribePolicyRequest;
import software.amazon.awssdk.services.organizations.model.ListPoliciesRequest;
import software.amazon.awssdk.services.organizations.model.ListPoliciesResponse;
import software.amazon.awssdk.services.organizations.model.ListRootsRequest;
import software.amazon.awssdk.services.organizations.model.ListRootsResponse;
import software.amazon.awssdk.services.organizations.model.ListTargetsForPolicyRequest;
import software.amazon.awssdk.services.organizations.model.ListTargetsForPolicyResponse;

/**
 * AWS Organizations, once per account (region {@code global}): the organization, its roots, and its
 * AI-services opt-out and Bedrock policies with their content and targets. Only the management
 * account reads policies: a member account is judged through it, and would only be denied.
 */
public final class OrganizationsCollector implements ServiceCollector {

  private static final String ORG = "organizations";
  private static final List<String> POLICY_TYPES =
      List.of("AISERVICES_OPT_OUT_POLICY", "BEDROCK_POLICY");

  @Override
  public String name() {
    return ORG;
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public Set<String> operations() {
    return Set.of(
        "organizations.DescribeOrganization",
        "organizations.ListRoots",
        "organizations.ListPolicies",
        "organizations.DescribePolicy",
        "organizations.ListTargetsForPolicy");
  }

  @Override
  public List<String> entryOperations() {
    return List.of("organizations.DescribeOrganization");
  }

  @Override
  public void collect(ServiceScope scope) {
    OrganizationsClient org = scope.client(OrganizationsClient::builder);
    CallRecorder r = scope.recorder(ORG);
    var described =
        r.detailOrAbsent(
            "DescribeOrganization",
            "",
            DescribeOrganizationRequest.builder().build(),
            org::describeOrganization,
            Set.of("AWSOrganizationsNotInUseException"));
    if (described.isEmpty()
        || !scope.accountId().equals(described.get().organization().masterAccountId())) {
      return;
    }
    r.list(
        "ListRoots",
        ListRootsRequest.builder().build(),
        org::listRootsPaginator,
        ListRootsResponse::roots);
    for (String type : POLICY_TYPES) {
      for (var p :
          r.listAbout(
              "ListPolicies",
              type,
              ListPoliciesRequest.builder().filter(type).build(),
              org::listPoliciesPaginator,
              ListPoliciesResponse::policies)) {
        if (type.equals("AISERVICES_OPT_OUT_POLICY")) {
          r.detail(
              "DescribePolicy",
              p.id(),
              DescribePolicyRequest.builder().policyId(p.id()).build(),
              org::describePolicy);
        }
        r.listAbout(
            "ListTargetsForPolicy",
            p.id(),
            ListTargetsForPolicyRequest.builder().policyId(p.id()).build(),
            org::listTargetsForPolicyPaginator,
            ListTargetsForPolicyResponse::targets);
      }
    }
  }
}
