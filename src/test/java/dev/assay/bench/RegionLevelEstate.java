package dev.assay.bench;

import dev.assay.fact.BedrockRuntimeAlarms;
import dev.assay.fact.BedrockTrailLogging;
import dev.assay.fact.ClarifyAdoption;
import dev.assay.fact.EnforcedGuardrails;
import dev.assay.fact.GuardrailAdoption;
import dev.assay.fact.HumanReviewAdoption;
import dev.assay.fact.HumanReviewFlow;
import dev.assay.fact.InvocationLogEncryption;
import dev.assay.fact.InvocationLogText;
import dev.assay.fact.InvocationLogging;
import dev.assay.fact.LlmJackingWatch;
import dev.assay.fact.ModelMonitorAdoption;
import dev.assay.fact.ModelRegistryAdoption;
import dev.assay.fact.PromptManagement;
import dev.assay.fact.TrailIdentity;
import dev.assay.fact.TrailIdentityCall;
import java.time.Duration;
import java.util.List;

/**
 * The region-level facts of one account and region: logging, adoption of guardrails, registries and
 * monitors, and the CloudTrail activity the LLMjacking check counts.
 */
final class RegionLevelEstate {

  private static final List<String> WATCHED =
      List.of(
          "InvokeModel",
          "ListFoundationModels",
          "GetFoundationModelAvailability",
          "PutUseCaseForModelAccess",
          "GetUseCaseForModelAccess",
          "ListProvisionedModelThroughputs",
          "SearchAgreements",
          "PutFoundationModelEntitlement",
          "CreateFoundationModelAgreement",
          "DescribeInstances");

  private final EstateGenerator g;
  private final List<Object> facts;
  private final String account;
  private final String region;

  RegionLevelEstate(EstateGenerator g, String account, String region) {
    this.g = g;
    this.facts = g.facts;
    this.account = account;
    this.region = region;
  }

  void add(boolean sageMaker, boolean bedrock) {
    facts.add(new ModelMonitorAdoption(account, region, sageMaker));
    facts.add(new ModelRegistryAdoption(account, region, sageMaker));
    facts.add(new HumanReviewAdoption(account, region, sageMaker));
    facts.add(new ClarifyAdoption(account, region, sageMaker));
    if (sageMaker && !g.fails(0.4)) {
      facts.add(new HumanReviewFlow(account, region, "review", g.pick("Active", "Failed")));
    }
    facts.add(new GuardrailAdoption(account, region, bedrock));
    boolean logging = !g.fails(0.3);
    String logGroup = logging ? "/aws/bedrock/invocations" : null;
    String bucket = logging && g.fails(0.5) ? "invocation-logs-" + account : null;
    boolean text = !g.fails(0.2);
    facts.add(new InvocationLogging(account, region, logGroup, bucket, text, bedrock || logging));
    if (logging) {
      facts.add(new InvocationLogText(account, region, text));
      facts.add(
          new InvocationLogEncryption(
              account,
              region,
              bucket,
              g.fails(0.3) ? null : "aws:kms",
              logGroup,
              g.fails(0.3) ? null : "k1"));
    }
    facts.add(new PromptManagement(account, region, g.fails(0.4) ? 0 : g.between(1, 5), bedrock));
    facts.add(new EnforcedGuardrails(account, region, g.fails(0.5) ? 0 : 1, bedrock));
    facts.add(new BedrockRuntimeAlarms(account, region, g.fails(0.4) ? 0 : 2, bedrock));
    facts.add(new BedrockTrailLogging(account, region, g.fails(0.2) ? "" : "main-trail", bedrock));
    facts.add(new LlmJackingWatch(account, region, bedrock));
    if (bedrock) {
      trailActivity();
    }
  }

  /** A few identities calling Bedrock; now and then one sweeps most of the watched actions. */
  private void trailActivity() {
    int identities = g.between(1, 4);
    for (int i = 0; i < identities; i++) {
      String identity = "arn:aws:iam::" + account + ":user/caller-" + i;
      facts.add(new TrailIdentity(account, region, identity));
      int calls = g.fails(0.1) ? WATCHED.size() : g.between(1, 4);
      for (int c = 0; c < calls; c++) {
        long minutesAgo = g.fails(0.2) ? 3000 : g.between(1, 1400);
        facts.add(
            new TrailIdentityCall(
                account,
                region,
                identity,
                WATCHED.get(c),
                EstateGenerator.NOW.minus(Duration.ofMinutes(minutesAgo))));
      }
    }
  }
}
