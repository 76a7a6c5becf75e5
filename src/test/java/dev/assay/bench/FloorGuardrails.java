package dev.assay.bench;

import dev.assay.fact.EvaluationContext;
import dev.assay.fact.GroundingFilter;
import dev.assay.fact.Guardrail;
import dev.assay.fact.GuardrailAdoption;
import dev.assay.fact.GuardrailContentFilter;
import dev.assay.fact.GuardrailGrounding;
import dev.assay.fact.SensitiveInformationFilter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The floor's Amazon Bedrock guardrail checks, and whether a region in use has any guardrail. */
final class FloorGuardrails {

  private static final List<String> CONTENT_TYPES =
      List.of("HATE", "INSULTS", "SEXUAL", "VIOLENCE", "MISCONDUCT");

  private FloorGuardrails() {}

  static void check(FactsByType f, EvaluationContext ctx, Violations v) {
    guardrails(f, v);
  }

  private static void guardrails(FactsByType f, Violations v) {
    String pii = "bedrock_guardrail_sensitive_information_filter_enabled";
    String promptAttack = "bedrock_guardrail_prompt_attack_filter_enabled";
    String content = "bedrock_guardrail_content_filters_configured";
    String reasoning = "bedrock_guardrail_automated_reasoning_configured";
    String grounding = "bedrock_guardrail_contextual_grounding_filter_enabled";
    String configured = "bedrock_guardrails_configured";
    v.checks(pii, promptAttack, content, reasoning, grounding, configured);
    Set<String> detectOnly = new HashSet<>();
    for (SensitiveInformationFilter s : f.of(SensitiveInformationFilter.class)) {
      if (s.detectOnly()) {
        detectOnly.add(s.guardrailArn());
      }
    }
    Set<String> strongFilters = new HashSet<>();
    Set<String> blocksPromptAttacks = new HashSet<>();
    for (GuardrailContentFilter c : f.of(GuardrailContentFilter.class)) {
      if ("PROMPT_ATTACK".equals(c.type()) && "HIGH".equals(c.inputStrength())) {
        blocksPromptAttacks.add(c.guardrailArn());
      }
      if (mediumOrHigh(c.inputStrength()) && mediumOrHigh(c.outputStrength())) {
        strongFilters.add(c.guardrailArn() + "|" + c.type());
      }
    }
    Set<String> regionsWithGuardrails = new HashSet<>();
    for (Guardrail g : f.of(Guardrail.class)) {
      regionsWithGuardrails.add(g.accountId() + "|" + g.region());
      if (!g.sensitiveInformationPolicy() || detectOnly.contains(g.arn())) {
        v.add(
            pii,
            g.arn(),
            g.sensitiveInformationPolicy()
                ? "Guardrail "
                    + g.name()
                    + " only detects some sensitive information (action NONE) without blocking or"
                    + " masking it."
                : "Guardrail " + g.name() + " has no sensitive-information (PII) filter.");
      }
      if (!blocksPromptAttacks.contains(g.arn())) {
        v.add(
            promptAttack,
            g.arn(),
            "Guardrail " + g.name() + " does not block prompt attacks at HIGH input strength.");
      }
      for (String type : CONTENT_TYPES) {
        if (!strongFilters.contains(g.arn() + "|" + type)) {
          v.add(
              content,
              g.arn(),
              "Guardrail "
                  + g.name()
                  + " does not filter hate, insults, sexual content, violence and misconduct at"
                  + " MEDIUM or higher on both input and output.");
          break;
        }
      }
      if (g.automatedReasoningPolicies() == 0) {
        v.add(
            reasoning,
            g.arn(),
            "Guardrail "
                + g.name()
                + " has no Automated Reasoning policy to check responses against.");
      }
    }
    Set<String> blocking = new HashSet<>();
    for (GroundingFilter g : f.of(GroundingFilter.class)) {
      if (g.enabled() && "BLOCK".equals(g.action()) && g.threshold() > 0) {
        blocking.add(g.guardrailArn() + "|" + g.type());
      }
    }
    for (GuardrailGrounding g : f.of(GuardrailGrounding.class)) {
      if (!blocking.contains(g.arn() + "|GROUNDING")
          || !blocking.contains(g.arn() + "|RELEVANCE")) {
        v.add(
            grounding,
            g.arn(),
            "Guardrail "
                + g.name()
                + " does not block ungrounded and irrelevant answers (contextual grounding and"
                + " relevance filters, enabled, BLOCK, threshold above 0).");
      }
    }
    for (GuardrailAdoption a : f.of(GuardrailAdoption.class)) {
      if (a.inUse() && !regionsWithGuardrails.contains(a.accountId() + "|" + a.region())) {
        v.add(
            configured,
            a.arn(),
            "No Bedrock guardrail is defined" + FloorBedrock.inUse(a.accountId(), a.region()));
      }
    }
  }

  private static boolean mediumOrHigh(String strength) {
    return "MEDIUM".equals(strength) || "HIGH".equals(strength);
  }
}
