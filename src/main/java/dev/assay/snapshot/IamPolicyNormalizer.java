package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.ManagedPolicy;
import dev.assay.snapshot.IamReads.Known;
import java.util.Set;

/**
 * Customer-managed IAM policies that are attached somewhere ({@code ListPolicies(Scope=Local)},
 * default version from {@code GetPolicyVersion}) and the inline policies of IAM groups.
 */
public final class IamPolicyNormalizer implements Normalizer {

  private static final String IAM = IamPrincipalPolicies.IAM;

  @Override
  public Set<String> reads() {
    return Set.of(
        "iam.ListPolicies",
        "iam.GetPolicyVersion",
        "iam.ListGroups",
        "iam.ListGroupPolicies",
        "iam.GetGroupPolicy");
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public void normalize(ScopeCalls calls, FactSink out) {
    IamPrincipalPolicies policies = new IamPrincipalPolicies(calls);
    for (JsonNode item :
        calls.listItems(IAM, "ListPolicies", "Policies", "ManagedPolicy", "BedrockInvokePolicy")) {
      String arn = Json.text(item, "Arn");
      Integer attachments = Json.integer(item, "AttachmentCount");
      // AWS-managed policies are not the account's to fix; unattached ones grant nothing.
      if (arn == null
          || arn.contains(":iam::aws:policy/")
          || Integer.valueOf(0).equals(attachments)) {
        continue;
      }
      String name = Json.text(item, "PolicyName", arn.substring(arn.lastIndexOf('/') + 1));
      Known<IamPolicy> doc = policies.document(arn);
      if (!doc.ok()) {
        doc.gaps(calls, out, arn, "ManagedPolicy", "BedrockInvokePolicy");
        continue;
      }
      out.add(
          new ManagedPolicy(
              arn,
              calls.accountId(),
              calls.region(),
              name,
              doc.value().allowsOnAnyResource("aws-marketplace:Subscribe")));
      policies.invokePolicy(arn, name, doc.value()).ifPresent(out::add);
    }
    for (JsonNode group :
        calls.listItems(IAM, "ListGroups", "Groups", "InlinePolicy", "BedrockInvokePolicy")) {
      String name = Json.text(group, "GroupName");
      if (name != null) {
        policies.inline(
            "Group", name, Json.text(group, "Arn", calls.arn("iam", "group/" + name)), out);
      }
    }
  }
}
