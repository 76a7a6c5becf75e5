package dev.assay.bench;

import dev.assay.fact.AiOptOutPolicy;
import dev.assay.fact.AssumableRole;
import dev.assay.fact.AttachedPolicy;
import dev.assay.fact.BedrockApiKey;
import dev.assay.fact.BedrockOrgPolicy;
import dev.assay.fact.EvaluationContext;
import dev.assay.fact.GenAiConsoleUser;
import dev.assay.fact.IamRole;
import dev.assay.fact.InlinePolicy;
import dev.assay.fact.ManagedPolicy;
import dev.assay.fact.RoleBedrockAccess;
import dev.assay.fact.UserBedrockAccess;
import dev.assay.fact.UserSageMakerAccess;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** The floor's account-wide IAM and Organizations checks. */
final class FloorAccount {

  private static final Pattern BEDROCK_FULL =
      Pattern.compile("arn:aws[a-z-]*:iam::aws:policy/AmazonBedrockFullAccess");
  private static final Pattern SAGEMAKER_FULL =
      Pattern.compile("arn:aws[a-z-]*:iam::aws:policy/AmazonSageMakerFullAccess");
  private static final Pattern AGENTCORE_FULL =
      Pattern.compile("arn:aws[a-z-]*:iam::aws:policy/BedrockAgentCoreFullAccess");

  private FloorAccount() {}

  static void check(FactsByType f, EvaluationContext ctx, Violations v) {
    policies(f, v);
    access(f, ctx, v);
  }

  private static void policies(FactsByType f, Violations v) {
    String bedrock = "bedrock_full_access_policy_attached";
    String sageMaker = "sagemaker_full_access_policy_attached";
    String agentCore = "bedrockagentcore_full_access_policy_attached";
    String managed = "iam_policy_no_wildcard_marketplace_subscribe";
    String inline = "iam_inline_policy_no_wildcard_marketplace_subscribe";
    String optOut = "organizations_opt_out_ai_services_policy";
    String orgPolicy = "organizations_bedrock_policy_enabled_and_attached";
    v.checks(bedrock, sageMaker, agentCore, managed, inline, optOut, orgPolicy);
    Set<String> withBedrock = new HashSet<>();
    Set<String> withSageMaker = new HashSet<>();
    Set<String> withAgentCore = new HashSet<>();
    for (AttachedPolicy p : f.of(AttachedPolicy.class)) {
      if (BEDROCK_FULL.matcher(p.policyArn()).matches()) {
        withBedrock.add(p.principalArn());
      } else if (SAGEMAKER_FULL.matcher(p.policyArn()).matches()) {
        withSageMaker.add(p.principalArn());
      } else if (AGENTCORE_FULL.matcher(p.policyArn()).matches()) {
        withAgentCore.add(p.principalArn());
      }
    }
    for (AssumableRole r : f.of(AssumableRole.class)) {
      if (withBedrock.contains(r.arn())) {
        v.add(
            bedrock,
            r.arn(),
            "Role " + r.name() + " has the AWS-managed policy AmazonBedrockFullAccess attached.");
      }
      if (withAgentCore.contains(r.arn())) {
        v.add(
            agentCore,
            r.arn(),
            "Role "
                + r.name()
                + " has the AWS-managed policy BedrockAgentCoreFullAccess attached.");
      }
    }
    for (IamRole r : f.of(IamRole.class)) {
      if (withSageMaker.contains(r.arn())) {
        v.add(
            sageMaker,
            r.arn(),
            "Role " + r.name() + " has the AWS-managed policy AmazonSageMakerFullAccess attached.");
      }
    }
    for (ManagedPolicy p : f.of(ManagedPolicy.class)) {
      if (p.allowsMarketplaceSubscribeOnAnyResource()) {
        v.add(
            managed,
            p.arn(),
            "Policy " + p.name() + " allows aws-marketplace:Subscribe on every resource.");
      }
    }
    for (InlinePolicy p : f.of(InlinePolicy.class)) {
      if (p.allowsMarketplaceSubscribeOnAnyResource()) {
        v.add(
            inline,
            p.arn(),
            "Inline policy "
                + p.name()
                + " of "
                + p.principalArn()
                + " allows aws-marketplace:Subscribe on every resource.");
      }
    }
    for (AiOptOutPolicy p : f.of(AiOptOutPolicy.class)) {
      if (!"ENFORCED".equals(p.state())) {
        v.add(optOut, p.arn(), "Account " + p.accountId() + optOutCause(p));
      }
    }
    for (BedrockOrgPolicy p : f.of(BedrockOrgPolicy.class)) {
      if (!"ATTACHED".equals(p.state())) {
        v.add(orgPolicy, p.arn(), "Account " + p.accountId() + orgPolicyCause(p));
      }
    }
  }

  private static void access(FactsByType f, EvaluationContext ctx, Violations v) {
    String roleBedrock = "iam_role_access_not_stale_to_bedrock";
    String userBedrock = "iam_user_access_not_stale_to_bedrock";
    String userSageMaker = "iam_user_access_not_stale_to_sagemaker";
    String mfa = "iam_genai_data_access_mfa_enabled";
    String apiKey = "bedrock_api_key_no_long_term_credentials";
    v.checks(roleBedrock, userBedrock, userSageMaker, mfa, apiKey);
    long bedrockDays = ctx.integer("max_unused_bedrock_access_days");
    long sageMakerDays = ctx.integer("max_unused_sagemaker_access_days");
    long neverExpires = ctx.integer("bedrock_api_key_never_expires_days");
    for (RoleBedrockAccess a : f.of(RoleBedrockAccess.class)) {
      if (ctx.daysSince(a.lastAuthenticated()) > bedrockDays) {
        v.add(
            roleBedrock,
            a.arn(),
            "Role "
                + a.name()
                + " may use Amazon Bedrock but "
                + lastUsed(ctx, a.lastAuthenticated(), bedrockDays));
      }
    }
    for (UserBedrockAccess a : f.of(UserBedrockAccess.class)) {
      if (ctx.daysSince(a.lastAuthenticated()) > bedrockDays) {
        v.add(
            userBedrock,
            a.arn(),
            "User "
                + a.name()
                + " may use Amazon Bedrock but "
                + lastUsed(ctx, a.lastAuthenticated(), bedrockDays));
      }
    }
    for (UserSageMakerAccess a : f.of(UserSageMakerAccess.class)) {
      if (ctx.daysSince(a.lastAuthenticated()) > sageMakerDays) {
        v.add(
            userSageMaker,
            a.arn(),
            "User "
                + a.name()
                + " may use SageMaker AI but "
                + lastUsed(ctx, a.lastAuthenticated(), sageMakerDays));
      }
    }
    for (GenAiConsoleUser u : f.of(GenAiConsoleUser.class)) {
      if (u.mfaDevices() == 0) {
        v.add(
            mfa,
            u.arn(),
            "User "
                + u.userName()
                + " can sign in to the console and use Bedrock or SageMaker, but has no MFA device.");
      }
    }
    for (BedrockApiKey k : f.of(BedrockApiKey.class)) {
      if (k.active() && (k.expiration() == null || k.expiration().isAfter(ctx.now()))) {
        v.add(
            apiKey,
            k.arn(),
            "Bedrock API key "
                + k.credentialId()
                + " of user "
                + k.userName()
                + (k.expiration() == null || ctx.daysUntil(k.expiration()) > neverExpires
                    ? " never expires."
                    : " is a long-term credential that expires only in "
                        + ctx.daysUntil(k.expiration())
                        + " days."));
      }
    }
  }

  private static String lastUsed(EvaluationContext ctx, Instant last, long limit) {
    return (last == null ? "never has" : "last did " + ctx.daysSince(last) + " days ago")
        + " (limit "
        + limit
        + " days).";
  }

  private static String optOutCause(AiOptOutPolicy p) {
    if ("NO_ORGANIZATION".equals(p.state())) {
      return " is not in an AWS Organization, so no AI-services opt-out policy can apply to it.";
    }
    return "NOT_ATTACHED_TO_ROOT".equals(p.state())
        ? ": the AI-services opt-out policy "
            + p.policyName()
            + " is not attached to the organization root."
        : ": no AI-services opt-out policy opts out all services by default and locks the setting"
            + " for child policies.";
  }

  private static String orgPolicyCause(BedrockOrgPolicy p) {
    if ("NO_ORGANIZATION".equals(p.state())) {
      return " is not in an AWS Organization, so no Bedrock policy can govern it.";
    }
    return "TYPE_NOT_ENABLED".equals(p.state())
        ? ": the Bedrock policy type is not enabled at the organization root."
        : ": no Bedrock policy is attached in the organization.";
  }
}
