package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.CollectionGap;
import dev.assay.fact.GroundingFilter;
import dev.assay.fact.Guardrail;
import dev.assay.fact.GuardrailAdoption;
import dev.assay.fact.GuardrailContentFilter;
import dev.assay.fact.GuardrailGrounding;
import dev.assay.fact.InvocationLogging;
import dev.assay.fact.SensitiveInformationFilter;
import java.util.List;
import java.util.Set;

/** Amazon Bedrock responses to facts. */
public final class BedrockNormalizer implements Normalizer {

  private static final String BR = "bedrock";

  @Override
  public Set<String> reads() {
    return Set.of(
        "bedrock.GetModelInvocationLoggingConfiguration",
        "bedrock.ListGuardrails",
        "bedrock.GetGuardrail");
  }

  @Override
  public void normalize(ScopeCalls calls, FactSink out) {
    calls
        .single(
            BR,
            "GetModelInvocationLoggingConfiguration",
            "InvocationLogging",
            BedrockLoggingNormalizer.TEXT,
            BedrockLoggingNormalizer.ENCRYPTION)
        .ifPresent(response -> out.add(invocationLogging(calls, response.path("loggingConfig"))));
    guardrails(calls, out);
    out.add(new GuardrailAdoption(calls.accountId(), calls.region(), false));
  }

  private static InvocationLogging invocationLogging(ScopeCalls calls, JsonNode config) {
    return new InvocationLogging(
        calls.accountId(),
        calls.region(),
        Json.text(config.path("cloudWatchConfig"), "logGroupName"),
        Json.text(config.path("s3Config"), "bucketName"),
        Boolean.TRUE.equals(Json.bool(config, "textDataDeliveryEnabled")),
        false);
  }

  private void guardrails(ScopeCalls calls, FactSink out) {
    for (JsonNode item :
        calls.listItems(
            BR,
            "ListGuardrails",
            "guardrails",
            "Guardrail",
            "GuardrailGrounding",
            "GuardrailAdoption")) {
      String id = Json.text(item, "id");
      String listedArn = Json.text(item, "arn");
      calls
          .callAbout(
              BR,
              "GetGuardrail",
              c -> about(c, id, listedArn),
              listedArn,
              "Guardrail",
              "GuardrailGrounding",
              // An unreadable guardrail could be the one that makes the region compliant.
              "GuardrailAdoption")
          .ifPresent(call -> guardrail(calls, out, id, listedArn, call.response()));
    }
  }

  /**
   * Whether a GetGuardrail call is about this guardrail: {@code guardrailIdentifier} takes the ID
   * or the ARN; a file suffix names the ID; a bare response under a counter suffix ({@code _1})
   * names itself.
   */
  private static boolean about(ApiCall call, String id, String arn) {
    String identifier = Json.text(call.request(), "guardrailIdentifier");
    return id != null
        && (id.equals(call.suffix())
            || id.equals(identifier)
            || (arn != null && arn.equals(identifier))
            || id.equals(Json.text(call.response(), "guardrailId")));
  }

  private static void guardrail(
      ScopeCalls calls, FactSink out, String id, String listedArn, JsonNode d) {
    String arn = Json.text(d, "guardrailArn", listedArn);
    JsonNode sensitive = d.path("sensitiveInformationPolicy");
    boolean hasSensitivePolicy =
        !Json.array(sensitive, "piiEntities").isEmpty()
            || !Json.array(sensitive, "regexes").isEmpty();
    out.add(
        new Guardrail(
            arn,
            calls.accountId(),
            calls.region(),
            Json.text(d, "guardrailId", id),
            Json.text(d, "name"),
            Json.text(d, "status"),
            hasSensitivePolicy,
            Json.text(d, "kmsKeyArn"),
            Json.array(d.path("automatedReasoningPolicy"), "policies").size()));
    sensitiveFilters(out, arn, sensitive);
    grounding(calls, out, arn, Json.text(d, "name"), d.path("contextualGroundingPolicy"));
    for (JsonNode filter : Json.array(d.path("contentPolicy"), "filters")) {
      out.add(
          new GuardrailContentFilter(
              arn,
              Json.text(filter, "type"),
              Json.text(filter, "inputStrength", "NONE"),
              Json.text(filter, "outputStrength", "NONE")));
    }
  }

  private static void sensitiveFilters(FactSink out, String arn, JsonNode policy) {
    for (JsonNode entity : Json.array(policy, "piiEntities")) {
      out.add(sensitiveFilter(arn, "PII", Json.text(entity, "type"), entity));
    }
    for (JsonNode regex : Json.array(policy, "regexes")) {
      out.add(sensitiveFilter(arn, "REGEX", Json.text(regex, "name"), regex));
    }
  }

  private static SensitiveInformationFilter sensitiveFilter(
      String arn, String kind, String name, JsonNode entry) {
    return new SensitiveInformationFilter(
        arn,
        kind,
        name,
        Json.text(entry, "action"),
        Json.text(entry, "inputAction"),
        Json.text(entry, "outputAction"));
  }

  /**
   * The grounding policy becomes its own fact, unless a filter leaves out {@code enabled} or {@code
   * action}: AWS documents no default for them, so the policy cannot be judged and is a gap.
   */
  private static void grounding(
      ScopeCalls calls, FactSink out, String arn, String name, JsonNode policy) {
    List<JsonNode> filters = Json.array(policy, "filters");
    for (JsonNode filter : filters) {
      if (Json.bool(filter, "enabled") == null || Json.text(filter, "action") == null) {
        out.gap(
            new CollectionGap(
                calls.accountId(),
                calls.region(),
                BR,
                "GetGuardrail",
                "GuardrailGrounding",
                arn,
                "UndeterminedSetting",
                "contextual grounding filter "
                    + Json.text(filter, "type")
                    + " omits enabled or action, for which AWS documents no default"));
        return;
      }
    }
    out.add(new GuardrailGrounding(arn, calls.accountId(), calls.region(), name));
    for (JsonNode filter : filters) {
      out.add(
          new GroundingFilter(
              arn,
              Json.text(filter, "type"),
              filter.path("threshold").asDouble(0),
              Json.text(filter, "action"),
              Json.bool(filter, "enabled")));
    }
  }
}
