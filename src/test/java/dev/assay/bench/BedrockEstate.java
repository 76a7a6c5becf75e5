package dev.assay.bench;

import dev.assay.fact.Agent;
import dev.assay.fact.CustomModel;
import dev.assay.fact.CustomModelUsage;
import dev.assay.fact.DataSourceIngestion;
import dev.assay.fact.GroundingFilter;
import dev.assay.fact.Guardrail;
import dev.assay.fact.GuardrailContentFilter;
import dev.assay.fact.GuardrailGrounding;
import dev.assay.fact.ImportedModel;
import dev.assay.fact.KnowledgeBase;
import dev.assay.fact.KnowledgeBaseDataSource;
import dev.assay.fact.KnowledgeBaseRole;
import dev.assay.fact.ModelEvaluation;
import dev.assay.fact.ModelInvocationJob;
import dev.assay.fact.Prompt;
import dev.assay.fact.ProvisionedThroughputUsage;
import dev.assay.fact.SensitiveInformationFilter;
import java.util.List;

/** The Amazon Bedrock resources of one account and region. */
final class BedrockEstate {

  private static final List<String> CONTENT_TYPES =
      List.of("HATE", "INSULTS", "SEXUAL", "VIOLENCE", "MISCONDUCT");

  private final EstateGenerator g;
  private final List<Object> facts;
  private final String account;
  private final String region;
  private final List<String> roles;
  private final String kms;

  BedrockEstate(EstateGenerator g, String account, String region, List<String> roles) {
    this.g = g;
    this.facts = g.facts;
    this.account = account;
    this.region = region;
    this.roles = roles;
    this.kms = "arn:aws:kms:" + region + ":" + account + ":key/k1";
  }

  private String arn(String service, String kind, String name) {
    return "arn:aws:" + service + ":" + region + ":" + account + ":" + kind + "/" + name;
  }

  private String keyOrNull(double p) {
    return g.fails(p) ? null : kms;
  }

  /** Adds the resources; whether Bedrock is in use in the region. */
  boolean add() {
    int guardrails = g.between(0, 4);
    for (int i = 0; i < guardrails; i++) {
      guardrail(i);
    }
    int custom = g.between(0, 3);
    for (int i = 0; i < custom; i++) {
      String name = "custom-" + i;
      String arn = arn("bedrock", "custom-model", name);
      facts.add(
          new CustomModel(
              arn,
              account,
              region,
              name,
              keyOrNull(0.3),
              g.fails(0.1) ? null : "arn:job/" + i,
              g.fails(0.1) ? null : "s3://data/" + i));
      facts.add(
          new CustomModelUsage(
              arn, account, region, name, g.fails(0.3) ? 0 : 500, 30, g.fails(0.5) ? 0 : 1));
      facts.add(new ModelEvaluation(arn, account, region, name, "custom", g.lastSeen(0.3, 90)));
    }
    int imported = g.between(0, 2);
    for (int i = 0; i < imported; i++) {
      String name = "imported-" + i;
      facts.add(
          new ImportedModel(
              arn("bedrock", "imported-model", name), account, region, name, keyOrNull(0.3)));
    }
    int kbs = g.between(0, 3);
    for (int i = 0; i < kbs; i++) {
      String name = "kb-" + i;
      String arn = arn("bedrock", "knowledge-base", name);
      facts.add(new KnowledgeBase(arn, account, region, name, name));
      String role = roles.isEmpty() ? null : roles.get(g.between(0, roles.size() - 1));
      facts.add(new KnowledgeBaseRole(arn, account, region, name, role));
      int sources = g.between(1, 2);
      for (int s = 0; s < sources; s++) {
        String ds = arn + "/data-source/ds-" + s;
        facts.add(
            new KnowledgeBaseDataSource(
                ds, account, region, arn, "ds-" + s, "ds-" + s, keyOrNull(0.4)));
        facts.add(new DataSourceIngestion(ds, account, region, "ds-" + s, g.lastSeen(0.3, 30)));
      }
    }
    int agents = g.between(0, 3);
    for (int i = 0; i < agents; i++) {
      String name = "agent-" + i;
      String role = roles.isEmpty() ? null : roles.get(g.between(0, roles.size() - 1));
      facts.add(
          new Agent(
              arn("bedrock", "agent", name),
              account,
              region,
              "A" + i,
              name,
              g.fails(0.3) ? null : "gr-0",
              g.fails(0.2) ? 3600 : 600,
              role));
    }
    int prompts = g.between(0, 5);
    for (int i = 0; i < prompts; i++) {
      facts.add(
          new Prompt(
              arn("bedrock", "prompt", "p" + i), account, region, "prompt-" + i, keyOrNull(0.4)));
    }
    int jobs = g.between(0, 4);
    for (int i = 0; i < jobs; i++) {
      facts.add(
          new ModelInvocationJob(
              arn("bedrock", "model-invocation-job", "j" + i),
              account,
              region,
              "batch-" + i,
              "Completed",
              keyOrNull(0.3)));
    }
    if (g.fails(0.2)) {
      facts.add(
          new ProvisionedThroughputUsage(
              arn("bedrock", "provisioned-model", "pt"),
              account,
              region,
              "pt",
              g.fails(0.4) ? 0 : 20,
              30));
    }
    return guardrails + custom + imported + kbs + agents + prompts + jobs > 0;
  }

  private void guardrail(int i) {
    String name = "guardrail-" + i;
    String arn = arn("bedrock", "guardrail", "gr" + i);
    boolean pii = !g.fails(0.3);
    facts.add(
        new Guardrail(
            arn,
            account,
            region,
            "gr" + i,
            name,
            "READY",
            pii,
            keyOrNull(0.5),
            g.fails(0.6) ? 0 : 1));
    if (pii) {
      facts.add(
          new SensitiveInformationFilter(
              arn, "pii", "EMAIL", g.fails(0.2) ? "NONE" : "ANONYMIZE", null, null));
    }
    for (String type : CONTENT_TYPES) {
      if (!g.fails(0.1)) {
        facts.add(
            new GuardrailContentFilter(
                arn, type, g.pick("HIGH", "MEDIUM", "LOW"), g.pick("HIGH", "HIGH", "MEDIUM")));
      }
    }
    facts.add(
        new GuardrailContentFilter(arn, "PROMPT_ATTACK", g.pick("HIGH", "HIGH", "MEDIUM"), "NONE"));
    facts.add(new GuardrailGrounding(arn, account, region, name));
    facts.add(new GroundingFilter(arn, "GROUNDING", g.fails(0.2) ? 0 : 0.7, "BLOCK", true));
    facts.add(new GroundingFilter(arn, "RELEVANCE", 0.5, g.pick("BLOCK", "BLOCK", "NONE"), true));
  }
}
