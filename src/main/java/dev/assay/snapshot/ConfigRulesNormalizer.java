package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.CollectionGap;
import dev.assay.fact.ComplianceChecks;
import dev.assay.fact.ConfigRuleCompliance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * AWS Config rules that run a GenAI managed rule, with their last conclusion. Fails closed: a rule
 * whose compliance is unread, or that Config has not concluded on (INSUFFICIENT_DATA, or absent
 * from the summary), is a gap for that rule, never a compliant fact.
 */
public final class ConfigRulesNormalizer implements Normalizer {

  static final String TYPE = "ConfigRuleCompliance";
  private static final String CONFIG = "config";
  private static final Set<String> CONCLUDED =
      Set.of("COMPLIANT", "NON_COMPLIANT", "NOT_APPLICABLE");

  @Override
  public Set<String> reads() {
    return Set.of(
        "config.DescribeConfigRules",
        "config.DescribeComplianceByConfigRule",
        "config.GetComplianceDetailsByConfigRule");
  }

  @Override
  public void normalize(ScopeCalls calls, FactSink out) {
    List<JsonNode> rules =
        calls.listItems(CONFIG, "DescribeConfigRules", "ConfigRules", TYPE).stream()
            .filter(
                r ->
                    "AWS".equals(Json.text(r.path("Source"), "Owner"))
                        && ComplianceChecks.genAiConfigRule(
                            Json.text(r.path("Source"), "SourceIdentifier")))
            .toList();
    if (rules.isEmpty() || !DetailCalls.listed(calls, CONFIG, "DescribeComplianceByConfigRule")) {
      // Records the gap (not collected, or the failed page) for the whole scope.
      if (!rules.isEmpty()) {
        calls.listItems(CONFIG, "DescribeComplianceByConfigRule", "ComplianceByConfigRules", TYPE);
      }
      return;
    }
    Map<String, String> compliance = new HashMap<>();
    for (JsonNode c :
        calls.listItems(
            CONFIG, "DescribeComplianceByConfigRule", "ComplianceByConfigRules", TYPE)) {
      compliance.put(
          Json.text(c, "ConfigRuleName"), Json.text(c.path("Compliance"), "ComplianceType"));
    }
    for (JsonNode rule : rules) {
      String name = Json.text(rule, "ConfigRuleName");
      String arn = Json.text(rule, "ConfigRuleArn");
      if (arn == null) {
        arn = calls.arn(CONFIG, "config-rule/" + name);
      }
      String type = compliance.get(name);
      if (type == null || !CONCLUDED.contains(type)) {
        out.gap(
            notConcluded(
                calls, arn, name, Json.text(rule.path("Source"), "SourceIdentifier"), type));
        continue;
      }
      List<String> failing = List.of();
      if ("NON_COMPLIANT".equals(type)) {
        String arnOfRule = arn;
        // An unread detail names its Config rule too, as an unconcluded rule does (below).
        Optional<List<String>> details =
            calls.aboutCheck(
                Json.text(rule.path("Source"), "SourceIdentifier"),
                () -> nonCompliant(calls, arnOfRule, name));
        if (details.isEmpty()) {
          continue;
        }
        failing = details.get();
      }
      out.add(
          new ConfigRuleCompliance(
              arn,
              calls.accountId(),
              calls.region(),
              name,
              Json.text(rule.path("Source"), "SourceIdentifier"),
              type,
              failing));
    }
  }

  /** The non-compliant evaluations of one rule, or empty (with a gap) when unread. */
  private static Optional<List<String>> nonCompliant(ScopeCalls calls, String arn, String name) {
    return DetailCalls.pagesAbout(
            calls,
            CONFIG,
            "GetComplianceDetailsByConfigRule",
            arn,
            List.of(Map.entry("ConfigRuleName", name)),
            TYPE)
        .map(
            pages -> {
              List<String> resources = new ArrayList<>();
              for (JsonNode page : pages) {
                for (JsonNode result : Json.array(page, "EvaluationResults")) {
                  if (!"NON_COMPLIANT".equals(Json.text(result, "ComplianceType"))) {
                    continue;
                  }
                  JsonNode q =
                      result.path("EvaluationResultIdentifier").path("EvaluationResultQualifier");
                  resources.add(
                      Json.text(q, "ResourceType", "unknown type")
                          + " "
                          + Json.text(q, "ResourceId", "unknown id"));
                }
              }
              // NON_COMPLIANT with no result listed still fails: the reason says so.
              return resources.isEmpty()
                  ? List.of("resources it did not list")
                  : resources.stream().distinct().sorted().toList();
            });
  }

  // The gap names the managed rule it leaves unread, so the ERROR lands only on the controls that
  // take that rule as evidence (dev.assay.evaluation.CheckEvidence), not on every control that
  // lists config_genai_managed_rules_compliant.
  private static CollectionGap notConcluded(
      ScopeCalls calls, String arn, String name, String check, String type) {
    return new CollectionGap(
        calls.accountId(),
        calls.region(),
        CONFIG,
        "DescribeComplianceByConfigRule",
        TYPE,
        arn,
        "InsufficientData",
        "AWS Config has no compliance result for rule "
            + name
            + (type == null ? "" : " (" + type + ")"),
        check);
  }
}
