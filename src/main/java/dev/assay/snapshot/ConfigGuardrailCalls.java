package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * How the AWS Config {@code AWS::Bedrock::Guardrail} items of one account and region become {@code
 * ListGuardrails} and {@code GetGuardrail}: Config records the CloudFormation properties ({@code
 * contentPolicyConfig.filtersConfig}, {@code sensitiveInformationPolicyConfig.piiEntitiesConfig},
 * {@code contextualGroundingPolicyConfig.filtersConfig}, ...), in either letter case, which map
 * onto the GetGuardrail response's {@code contentPolicy.filters} and so on. A grounding filter
 * without {@code enabled} or {@code action} stays undetermined (the normalizer reports a gap). A
 * region with no guardrail item gets no {@code ListGuardrails}: absence in Config proves nothing.
 * The property names are CloudFormation's ({@code AWS::Bedrock::Guardrail} in the CloudFormation
 * template reference: {@code ContentPolicyConfig.FiltersConfig[] {Type, InputStrength,
 * OutputStrength}}, {@code ContextualGroundingPolicyConfig.FiltersConfig[] {Type, Threshold,
 * Action, Enabled}}, {@code KmsKeyArn}); awslabs/aws-config-resource-schema has no properties file
 * for this type yet, so both letter cases are accepted.
 */
final class ConfigGuardrailCalls {

  static final String TYPE = "AWS::Bedrock::Guardrail";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ConfigGuardrailCalls() {}

  static String guardrailId(JsonNode item, JsonNode configuration) {
    String id = text(configuration, "guardrailId");
    return id != null ? id : Json.text(item, "resourceId");
  }

  /**
   * @param guardrails guardrail id -> [item, configuration]
   */
  static List<ApiCall> calls(Scope scope, Map<String, JsonNode[]> guardrails, String source) {
    List<ApiCall> calls = new ArrayList<>();
    ObjectNode list = NODES.objectNode();
    ArrayNode listed = list.putArray("guardrails");
    guardrails.forEach(
        (id, pair) -> {
          JsonNode c = pair[1];
          String arn = text(c, "guardrailArn");
          if (arn == null) {
            arn = Json.text(pair[0], "ARN", Json.text(pair[0], "arn"));
          }
          ObjectNode summary = listed.addObject().put("id", id);
          ObjectNode d = NODES.objectNode().put("guardrailId", id);
          put(summary, "arn", arn);
          put(d, "guardrailArn", arn);
          put(summary, "name", text(c, "name"));
          put(d, "name", text(c, "name"));
          put(d, "status", text(c, "status"));
          put(d, "kmsKeyArn", text(c, "kmsKeyArn"));
          JsonNode content = field(c, "contentPolicyConfig");
          if (content != null) {
            d.putObject("contentPolicy")
                .set("filters", entries(field(content, "filtersConfig"), CONTENT));
          }
          JsonNode sensitive = field(c, "sensitiveInformationPolicyConfig");
          if (sensitive != null) {
            ObjectNode s = d.putObject("sensitiveInformationPolicy");
            s.set("piiEntities", entries(field(sensitive, "piiEntitiesConfig"), PII));
            s.set("regexes", entries(field(sensitive, "regexesConfig"), REGEX));
          }
          JsonNode grounding = field(c, "contextualGroundingPolicyConfig");
          if (grounding != null) {
            d.putObject("contextualGroundingPolicy")
                .set("filters", entries(field(grounding, "filtersConfig"), GROUNDING));
          }
          JsonNode reasoning = field(c, "automatedReasoningPolicyConfig");
          JsonNode policies = reasoning == null ? null : field(reasoning, "policies");
          if (policies != null && policies.isArray()) {
            d.putObject("automatedReasoningPolicy").set("policies", policies.deepCopy());
          }
          calls.add(
              call(
                  scope,
                  "GetGuardrail",
                  id,
                  NODES.objectNode().put("guardrailIdentifier", id),
                  d,
                  source));
        });
    calls.add(call(scope, "ListGuardrails", "", NODES.objectNode(), list, source));
    return calls;
  }

  private static final String[] CONTENT = {"type", "inputStrength", "outputStrength"};
  private static final String[] PII = {"type", "action", "inputAction", "outputAction"};
  private static final String[] REGEX = {
    "name", "pattern", "action", "inputAction", "outputAction"
  };
  private static final String[] GROUNDING = {"type", "threshold", "action", "enabled"};

  /** Each entry with only the named fields, spelled as GetGuardrail spells them. */
  private static ArrayNode entries(JsonNode array, String[] fields) {
    ArrayNode out = NODES.arrayNode();
    if (array == null || !array.isArray()) {
      return out;
    }
    for (JsonNode entry : array) {
      ObjectNode e = out.addObject();
      for (String f : fields) {
        JsonNode v = field(entry, f);
        if (v != null && v.isValueNode() && !v.isNull()) {
          e.set(f, v);
        }
      }
    }
    return out;
  }

  /** A field in either letter case of its first character (Config mixes them). */
  private static JsonNode field(JsonNode node, String camel) {
    if (node == null || !node.isObject()) {
      return null;
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (name.equalsIgnoreCase(camel)) {
        return node.get(name);
      }
    }
    return null;
  }

  private static String text(JsonNode node, String camel) {
    JsonNode v = field(node, camel);
    return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
  }

  private static void put(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  private static ApiCall call(
      Scope scope,
      String operation,
      String suffix,
      ObjectNode request,
      ObjectNode response,
      String source) {
    return ConfigCall.of(scope, "bedrock", operation, suffix, request, response, source);
  }
}
