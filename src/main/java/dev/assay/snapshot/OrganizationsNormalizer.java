package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.fact.AiOptOutPolicy;
import dev.assay.fact.BedrockOrgPolicy;
import dev.assay.snapshot.IamReads.Failure;
import dev.assay.snapshot.IamReads.Known;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** AWS Organizations: the AI-services opt-out policy and the Bedrock policy of the organization. */
public final class OrganizationsNormalizer implements Normalizer {

  private static final String ORG = "organizations";
  private static final String OPT_OUT = "AISERVICES_OPT_OUT_POLICY";
  private static final String BEDROCK = "BEDROCK_POLICY";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Set<String> reads() {
    return Set.of(
        "organizations.DescribeOrganization",
        "organizations.ListRoots",
        "organizations.ListPolicies",
        "organizations.DescribePolicy",
        "organizations.ListTargetsForPolicy");
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public void normalize(ScopeCalls calls, FactSink out) {
    IamReads reads = new IamReads(calls);
    String optOutArn =
        "arn:aws:organizations::" + calls.accountId() + ":ai-services-opt-out-policy";
    String bedrockArn = "arn:aws:organizations::" + calls.accountId() + ":bedrock-policy";
    Known<JsonNode> org =
        reads.one(
            ORG, "DescribeOrganization", c -> true, Set.of("AWSOrganizationsNotInUseException"));
    if (!org.ok()) {
      org.gaps(calls, out, null, "AiOptOutPolicy", "BedrockOrgPolicy");
      return;
    }
    if (org.value().isMissingNode()) {
      out.add(
          new AiOptOutPolicy(
              optOutArn, calls.accountId(), calls.region(), "NO_ORGANIZATION", null));
      out.add(
          new BedrockOrgPolicy(bedrockArn, calls.accountId(), calls.region(), "NO_ORGANIZATION"));
      return;
    }
    // Organization policies are the management account's to set and read. A member account (not
    // a delegated administrator) cannot read them: it is judged through the management account.
    boolean member =
        !calls.accountId().equals(Json.text(org.value().path("Organization"), "MasterAccountId"));
    FactSink sink = member ? new FactSink() : out;
    optOut(calls, reads, sink, optOutArn);
    bedrock(calls, reads, sink, bedrockArn);
    if (member) {
      // Facts a member account could read (a delegated administrator) count; its gaps do not.
      sink.facts().forEach(out::add);
    }
  }

  private void optOut(ScopeCalls calls, IamReads reads, FactSink out, String arn) {
    Known<List<JsonNode>> policies = policies(reads, OPT_OUT);
    List<Failure> failures = new ArrayList<>(policies.failures());
    String enforcing = null;
    String unattached = null;
    for (JsonNode summary : policies.ok() ? policies.value() : List.<JsonNode>of()) {
      String id = Json.text(summary, "Id");
      Known<JsonNode> policy =
          reads.one(
              ORG,
              "DescribePolicy",
              IamReads.about(Map.of("PolicyId", String.valueOf(id))),
              Set.of());
      if (!policy.ok()) {
        failures.addAll(policy.failures());
        continue;
      }
      if (!optsOutForGood(policy.value().path("Policy").get("Content"))) {
        continue;
      }
      Known<List<JsonNode>> targets = targets(reads, id);
      if (!targets.ok()) {
        failures.addAll(targets.failures());
      } else if (targets.value().stream().anyMatch(t -> "ROOT".equals(Json.text(t, "Type")))) {
        enforcing = Json.text(summary, "Name", id);
      } else {
        unattached = Json.text(summary, "Name", id);
      }
    }
    if (enforcing == null && !failures.isEmpty()) {
      // An unreadable policy could be the enforcing one.
      failures.forEach(f -> out.gap(f.gap(calls, "AiOptOutPolicy", null)));
      return;
    }
    String state =
        enforcing != null ? "ENFORCED" : unattached != null ? "NOT_ATTACHED_TO_ROOT" : "NO_POLICY";
    out.add(
        new AiOptOutPolicy(
            arn,
            calls.accountId(),
            calls.region(),
            state,
            enforcing != null ? enforcing : unattached));
  }

  /** {@code services.default.opt_out_policy}: assigns optOut and lets no child policy change it. */
  static boolean optsOutForGood(JsonNode content) {
    JsonNode doc = content;
    try {
      if (doc != null && doc.isTextual()) {
        doc = JSON.readTree(doc.asText());
      }
    } catch (Exception e) {
      return false;
    }
    if (doc == null) {
      return false;
    }
    JsonNode optOut = doc.path("services").path("default").path("opt_out_policy");
    JsonNode operators = optOut.path("@@operators_allowed_for_child_policies");
    return "optOut".equals(Json.text(optOut, "@@assign"))
        && operators.isArray()
        && operators.size() == 1
        && "@@none".equals(operators.get(0).asText());
  }

  private void bedrock(ScopeCalls calls, IamReads reads, FactSink out, String arn) {
    Known<List<JsonNode>> roots = reads.items(ORG, "ListRoots", c -> true, "Roots");
    if (roots.ok() && roots.value().isEmpty()) {
      // Every organization has a root: an empty list says nothing about the policy type.
      roots =
          Known.failed(
              List.of(new Failure(ORG, "ListRoots", "MalformedResponse", "no root in the answer")));
    }
    if (!roots.ok()) {
      roots.gaps(calls, out, null, "BedrockOrgPolicy");
      return;
    }
    boolean enabled =
        roots.value().stream()
            .flatMap(r -> Json.array(r, "PolicyTypes").stream())
            .anyMatch(
                t ->
                    BEDROCK.equals(Json.text(t, "Type"))
                        && "ENABLED".equals(Json.text(t, "Status")));
    if (!enabled) {
      out.add(new BedrockOrgPolicy(arn, calls.accountId(), calls.region(), "TYPE_NOT_ENABLED"));
      return;
    }
    Known<List<JsonNode>> policies = policies(reads, BEDROCK);
    List<Failure> failures = new ArrayList<>(policies.failures());
    boolean attached = false;
    for (JsonNode summary : policies.ok() ? policies.value() : List.<JsonNode>of()) {
      Known<List<JsonNode>> targets = targets(reads, Json.text(summary, "Id"));
      failures.addAll(targets.failures());
      attached |= targets.ok() && !targets.value().isEmpty();
    }
    if (!attached && !failures.isEmpty()) {
      failures.forEach(f -> out.gap(f.gap(calls, "BedrockOrgPolicy", null)));
      return;
    }
    out.add(
        new BedrockOrgPolicy(
            arn, calls.accountId(), calls.region(), attached ? "ATTACHED" : "NOT_ATTACHED"));
  }

  private static Known<List<JsonNode>> policies(IamReads reads, String type) {
    return reads.items(ORG, "ListPolicies", IamReads.about(Map.of("Filter", type)), "Policies");
  }

  private static Known<List<JsonNode>> targets(IamReads reads, String policyId) {
    return reads.items(
        ORG,
        "ListTargetsForPolicy",
        IamReads.about(Map.of("PolicyId", String.valueOf(policyId))),
        "Targets");
  }
}
