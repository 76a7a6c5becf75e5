package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * How the AWS Config {@code AWS::Bedrock::KnowledgeBase} items of one account and region become
 * {@code ListKnowledgeBases} (id and name, from the CloudFormation properties {@code
 * knowledgeBaseId} and {@code name} in either letter case). Config records neither data sources nor
 * ingestion jobs in these items, so {@code ListDataSources}, {@code GetDataSource} and {@code
 * ListIngestionJobs} stay uncollected and the rules on them report ERROR.
 */
final class ConfigKnowledgeBaseCalls {

  static final String TYPE = "AWS::Bedrock::KnowledgeBase";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ConfigKnowledgeBaseCalls() {}

  static String knowledgeBaseId(JsonNode item, JsonNode configuration) {
    String id = text(configuration, "knowledgeBaseId");
    return id != null ? id : Json.text(item, "resourceId");
  }

  /**
   * @param knowledgeBases id -> [item, configuration]
   */
  static List<ApiCall> calls(Scope scope, Map<String, JsonNode[]> knowledgeBases, String source) {
    ObjectNode list = NODES.objectNode();
    ArrayNode summaries = list.putArray("knowledgeBaseSummaries");
    knowledgeBases.forEach(
        (id, pair) -> {
          ObjectNode s = summaries.addObject().put("knowledgeBaseId", id);
          String name = text(pair[1], "name");
          if (name == null) {
            name = Json.text(pair[0], "resourceName");
          }
          if (name != null) {
            s.put("name", name);
          }
          String status = text(pair[1], "status");
          if (status != null) {
            s.put("status", status);
          }
        });
    return List.of(
        new ApiCall(
            scope.accountId(),
            scope.region(),
            "bedrock-agent",
            "ListKnowledgeBases",
            "",
            NODES.objectNode(),
            list,
            null,
            source + " (bedrock-agent.ListKnowledgeBases)"));
  }

  private static String text(JsonNode node, String camel) {
    for (var names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      JsonNode v = node.get(name);
      if (name.equalsIgnoreCase(camel) && v.isValueNode() && !v.isNull()) {
        return v.asText();
      }
    }
    return null;
  }
}
