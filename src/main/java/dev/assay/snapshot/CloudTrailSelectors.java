package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * Whether a trail's event selectors ({@code GetEventSelectors}) record Bedrock API activity:
 * classic selectors with management events and writes; advanced selectors for management events
 * whose read-only and event-source filters admit Bedrock writes, or for data events of a Bedrock
 * resource type.
 */
final class CloudTrailSelectors {

  static final List<String> BEDROCK_SOURCES =
      List.of(
          "bedrock.amazonaws.com",
          "bedrock-agent.amazonaws.com",
          "bedrock-runtime.amazonaws.com",
          "bedrock-agent-runtime.amazonaws.com",
          "bedrock-data-automation.amazonaws.com",
          "bedrock-data-automation-runtime.amazonaws.com");

  static final Set<String> BEDROCK_DATA_TYPES =
      Set.of(
          "AWS::Bedrock::AgentAlias",
          "AWS::Bedrock::FlowAlias",
          "AWS::Bedrock::Guardrail",
          "AWS::Bedrock::InlineAgent",
          "AWS::Bedrock::KnowledgeBase",
          "AWS::Bedrock::Model",
          "AWS::Bedrock::Prompt");

  private CloudTrailSelectors() {}

  static boolean recordsBedrock(JsonNode selectors) {
    for (JsonNode s : Json.array(selectors, "EventSelectors")) {
      String readWrite = Json.text(s, "ReadWriteType", "All");
      if (!Boolean.FALSE.equals(Json.bool(s, "IncludeManagementEvents"))
          && (readWrite.equals("All") || readWrite.equals("WriteOnly"))) {
        return true;
      }
    }
    for (JsonNode s : Json.array(selectors, "AdvancedEventSelectors")) {
      List<JsonNode> fields = Json.array(s, "FieldSelectors");
      if (admits(fields, "eventCategory", "Management")
          && admits(fields, "readOnly", "false")
          && BEDROCK_SOURCES.stream().anyMatch(src -> admits(fields, "eventSource", src))) {
        return true;
      }
      if (admits(fields, "eventCategory", "Data")
          && BEDROCK_DATA_TYPES.stream().anyMatch(t -> namedIn(fields, "resources.type", t))) {
        return true;
      }
    }
    return false;
  }

  /** Whether every filter on {@code field} lets {@code value} through (no filter lets all). */
  private static boolean admits(List<JsonNode> fields, String field, String value) {
    for (JsonNode f : fields) {
      if (!field.equals(Json.text(f, "Field"))) {
        continue;
      }
      if (!matchesAny(f, "Equals", value, String::equals, true)
          || !matchesAny(f, "StartsWith", value, String::startsWith, true)
          || !matchesAny(f, "EndsWith", value, String::endsWith, true)
          || matchesAny(f, "NotEquals", value, String::equals, false)
          || matchesAny(f, "NotStartsWith", value, String::startsWith, false)
          || matchesAny(f, "NotEndsWith", value, String::endsWith, false)) {
        return false;
      }
    }
    return true;
  }

  /** Data selectors must name the resource type explicitly. */
  private static boolean namedIn(List<JsonNode> fields, String field, String value) {
    return fields.stream()
        .anyMatch(
            f ->
                field.equals(Json.text(f, "Field"))
                    && Json.array(f, "Equals").stream().anyMatch(v -> value.equals(v.asText())));
  }

  /**
   * Whether {@code value} matches one of the operator's values; when the operator is absent, {@code
   * whenAbsent}.
   */
  private static boolean matchesAny(
      JsonNode f,
      String operator,
      String value,
      java.util.function.BiPredicate<String, String> test,
      boolean whenAbsent) {
    List<JsonNode> values = Json.array(f, operator);
    if (values.isEmpty()) {
      return whenAbsent;
    }
    return values.stream().anyMatch(v -> test.test(value, v.asText()));
  }
}
