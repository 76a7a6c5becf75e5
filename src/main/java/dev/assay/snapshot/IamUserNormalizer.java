package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.AgentCoreAccess;
import dev.assay.fact.BedrockApiKey;
import dev.assay.fact.BedrockApiKeyPrivileges;
import dev.assay.fact.GenAiConsoleUser;
import dev.assay.fact.UserBedrockAccess;
import dev.assay.fact.UserSageMakerAccess;
import dev.assay.snapshot.IamReads.Failure;
import dev.assay.snapshot.IamReads.Known;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * IAM users: their effective policies (own and their groups'), Bedrock API keys, console access
 * with MFA, and last use of GenAI services.
 */
public final class IamUserNormalizer implements Normalizer {

  private static final String IAM = IamPrincipalPolicies.IAM;
  private static final String BEDROCK_SERVICE = "bedrock.amazonaws.com";

  private static final String[] USER_TYPES = {
    "UserBedrockAccess", "UserSageMakerAccess", "AgentCoreAccess", "BedrockApiKey",
    "BedrockApiKeyPrivileges", "GenAiConsoleUser", "InlinePolicy", "BedrockInvokePolicy"
  };

  @Override
  public Set<String> reads() {
    return Set.of(
        "iam.ListUsers",
        "iam.ListAttachedUserPolicies",
        "iam.ListUserPolicies",
        "iam.GetUserPolicy",
        "iam.ListGroupsForUser",
        "iam.ListAttachedGroupPolicies",
        "iam.ListGroupPolicies",
        "iam.GetGroupPolicy",
        "iam.GetPolicyVersion",
        "iam.ListServiceSpecificCredentials",
        "iam.GetLoginProfile",
        "iam.ListMFADevices",
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
    IamReads reads = new IamReads(calls);
    for (JsonNode item : calls.listItems(IAM, "ListUsers", "Users", USER_TYPES)) {
      String name = Json.text(item, "UserName");
      if (name == null) {
        continue;
      }
      String arn = Json.text(item, "Arn", calls.arn("iam", "user/" + name));
      Known<IamPolicy> effective = effective(policies, reads, name, arn, out);
      new IamUserKeys(calls, reads, out).keys(name, arn, effective);
      consoleUser(calls, reads, out, name, arn, effective);
      lastAccess(calls, reads, out, name, arn);
    }
  }

  /** The user's own policies and its groups' together; inline ones become facts as read. */
  private static Known<IamPolicy> effective(
      IamPrincipalPolicies policies, IamReads reads, String name, String arn, FactSink out) {
    List<IamPolicy> docs = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    collect(docs, failures, policies.inline("User", name, arn, out));
    collect(docs, failures, managed(policies, "User", name));
    Known<List<JsonNode>> groups =
        reads.items(IAM, "ListGroupsForUser", IamReads.about(Map.of("UserName", name)), "Groups");
    collect(docs, failures, Known.failed(groups.ok() ? List.of() : groups.failures()));
    for (JsonNode group : groups.ok() ? groups.value() : List.<JsonNode>of()) {
      String groupName = Json.text(group, "GroupName");
      String groupArn = Json.text(group, "Arn", "group/" + groupName);
      // Group inline policies are facts of the group normalizer; here they only count.
      collect(docs, failures, policies.inline("Group", groupName, groupArn, new FactSink()));
      collect(docs, failures, managed(policies, "Group", groupName));
    }
    return failures.isEmpty() ? Known.of(IamPolicy.combine(docs)) : Known.failed(failures);
  }

  private static Known<List<IamPolicy>> managed(
      IamPrincipalPolicies policies, String kind, String name) {
    Known<List<String>> attached = policies.attached(kind, name);
    return attached.ok() ? policies.documents(attached.value()) : Known.failed(attached.failures());
  }

  private static void collect(
      List<IamPolicy> docs, List<Failure> failures, Known<List<IamPolicy>> read) {
    if (read.ok() && read.value() != null) {
      docs.addAll(read.value());
    }
    failures.addAll(read.failures());
  }

  /** Users who can sign in to the console and use Bedrock or SageMaker, with their MFA devices. */
  private static void consoleUser(
      ScopeCalls calls,
      IamReads reads,
      FactSink out,
      String name,
      String arn,
      Known<IamPolicy> effective) {
    Known<JsonNode> login =
        reads.one(
            IAM,
            "GetLoginProfile",
            IamReads.about(Map.of("UserName", name)),
            Set.of("NoSuchEntity", "NoSuchEntityException"));
    if (!login.ok()) {
      login.gaps(calls, out, arn, "GenAiConsoleUser");
      return;
    }
    if (login.value().isMissingNode()) {
      return;
    }
    if (!effective.ok()) {
      effective.gaps(calls, out, arn, "GenAiConsoleUser");
      return;
    }
    IamPolicy policy = effective.value();
    if (!policy.grantsAnyOf("bedrock") && !policy.grantsAnyOf("sagemaker")) {
      return;
    }
    Known<List<JsonNode>> devices =
        reads.items(IAM, "ListMFADevices", IamReads.about(Map.of("UserName", name)), "MFADevices");
    if (!devices.ok()) {
      devices.gaps(calls, out, arn, "GenAiConsoleUser");
      return;
    }
    out.add(
        new GenAiConsoleUser(arn, calls.accountId(), calls.region(), name, devices.value().size()));
  }

  private static void lastAccess(
      ScopeCalls calls, IamReads reads, FactSink out, String name, String arn) {
    Known<Map<String, Instant>> used = IamLastAccess.read(reads, arn, name);
    if (!used.ok()) {
      used.gaps(calls, out, arn, "UserBedrockAccess", "UserSageMakerAccess", "AgentCoreAccess");
      return;
    }
    Map<String, Instant> ns = used.value();
    String acct = calls.accountId();
    String region = calls.region();
    if (ns.containsKey("bedrock")) {
      out.add(new UserBedrockAccess(arn, acct, region, name, ns.get("bedrock")));
    }
    if (ns.containsKey("sagemaker")) {
      out.add(new UserSageMakerAccess(arn, acct, region, name, ns.get("sagemaker")));
    }
    if (ns.containsKey("bedrock-agentcore")) {
      out.add(new AgentCoreAccess(arn, acct, region, name, "user", ns.get("bedrock-agentcore")));
    }
  }

  /** The Bedrock API keys of one user, and what their owner may do. */
  private record IamUserKeys(ScopeCalls calls, IamReads reads, FactSink out) {

    void keys(String name, String userArn, Known<IamPolicy> effective) {
      Known<List<JsonNode>> creds =
          reads.items(
              IAM,
              "ListServiceSpecificCredentials",
              IamReads.about(Map.of("UserName", name)),
              "ServiceSpecificCredentials");
      if (!creds.ok()) {
        creds.gaps(calls, out, userArn, "BedrockApiKey", "BedrockApiKeyPrivileges");
        return;
      }
      for (JsonNode c : creds.value()) {
        if (!BEDROCK_SERVICE.equals(Json.text(c, "ServiceName"))) {
          continue;
        }
        String id = Json.text(c, "ServiceSpecificCredentialId");
        String arn = "arn:aws:iam::" + calls.accountId() + ":user/" + name + "/credential/" + id;
        out.add(
            new BedrockApiKey(
                arn,
                calls.accountId(),
                calls.region(),
                name,
                id,
                Json.text(c, "Status"),
                Json.instant(c, "ExpirationDate")));
        if (!effective.ok()) {
          effective.gaps(calls, out, arn, "BedrockApiKeyPrivileges");
          continue;
        }
        IamPolicy p = effective.value();
        out.add(
            new BedrockApiKeyPrivileges(
                arn,
                calls.accountId(),
                calls.region(),
                name,
                p.grantsAdmin(),
                p.grantsPrivilegeEscalation(),
                p.grantsWholeService("bedrock")));
      }
    }
  }
}
