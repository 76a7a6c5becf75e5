package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How AWS Config {@code AWS::KMS::Key} items of one account and region become {@code ListKeys},
 * {@code DescribeKey} and {@code GetKeyRotationStatus}. Config records the DescribeKey metadata in
 * camelCase ({@code keyId}, {@code arn}, {@code keyState}, {@code keyManager}, {@code
 * customerMasterKeySpec}, {@code origin}...) and the rotation status as {@code
 * supplementaryConfiguration.KeyRotationStatus} (a boolean, or its text from the API), field names
 * from awslabs/aws-config-resource-schema {@code
 * config/properties/resource-types/AWS::KMS::Key.properties.json}. A key without a recorded
 * rotation status leaves GetKeyRotationStatus uncollected (ERROR). Aliases are items of their own
 * ({@link #aliasCalls}).
 */
final class ConfigKmsKeyCalls {

  static final String TYPE = "AWS::KMS::Key";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ConfigKmsKeyCalls() {}

  static String keyId(JsonNode item, JsonNode configuration) {
    return Json.text(configuration, "keyId", Json.text(item, "resourceId"));
  }

  /**
   * @param keys key id -> [item, configuration]
   */
  static List<ApiCall> calls(Scope scope, Map<String, JsonNode[]> keys, String source) {
    List<ApiCall> calls = new ArrayList<>();
    ObjectNode list = NODES.objectNode();
    ArrayNode listed = list.putArray("Keys");
    keys.forEach(
        (id, pair) -> {
          JsonNode item = pair[0];
          JsonNode c = pair[1];
          String arn = Json.text(c, "arn", Json.text(item, "ARN", Json.text(item, "arn")));
          ObjectNode entry = listed.addObject().put("KeyId", id);
          ObjectNode metadata = NODES.objectNode().put("KeyId", id);
          if (arn != null) {
            entry.put("KeyArn", arn);
            metadata.put("Arn", arn);
          }
          for (String field :
              List.of("keyState", "keyManager", "keyUsage", "origin", "description")) {
            String value = Json.text(c, field);
            if (value != null) {
              metadata.put(Character.toUpperCase(field.charAt(0)) + field.substring(1), value);
            }
          }
          String spec = Json.text(c, "keySpec", Json.text(c, "customerMasterKeySpec"));
          if (spec != null) {
            metadata.put("KeySpec", spec);
          }
          ObjectNode described = NODES.objectNode();
          described.set("KeyMetadata", metadata);
          calls.add(call(scope, "DescribeKey", id, described, source));
          JsonNode rotation = item.path("supplementaryConfiguration").get("KeyRotationStatus");
          if (rotation != null && (rotation.isBoolean() || rotation.isTextual())) {
            String text = rotation.asText();
            if (text.equals("true") || text.equals("false")) {
              calls.add(
                  call(
                      scope,
                      "GetKeyRotationStatus",
                      id,
                      NODES.objectNode().put("KeyRotationEnabled", Boolean.parseBoolean(text)),
                      source));
            }
          }
        });
    calls.add(call(scope, "ListKeys", "", list, source));
    return calls;
  }

  static String aliasName(JsonNode item, JsonNode configuration) {
    String name = Json.text(configuration, "AliasName", Json.text(configuration, "aliasName"));
    return name != null ? name : Json.text(item, "resourceName", Json.text(item, "resourceId"));
  }

  /**
   * {@code AWS::KMS::Alias} items ({@code configuration.AliasName}, {@code TargetKeyId}) give
   * {@code ListAliases}. A file without alias items gives none: absence in Config proves nothing,
   * so the key rules report ERROR there rather than miss a key named by alias.
   *
   * @param aliases alias name -> [item, configuration]
   */
  static List<ApiCall> aliasCalls(Scope scope, Map<String, JsonNode[]> aliases, String source) {
    ObjectNode list = NODES.objectNode();
    ArrayNode listed = list.putArray("Aliases");
    aliases.forEach(
        (name, pair) -> {
          JsonNode c = pair[1];
          ObjectNode a = listed.addObject().put("AliasName", name);
          String arn = Json.text(pair[0], "ARN", Json.text(pair[0], "arn"));
          if (arn != null) {
            a.put("AliasArn", arn);
          }
          String target = Json.text(c, "TargetKeyId", Json.text(c, "targetKeyId"));
          if (target != null) {
            a.put("TargetKeyId", target);
          }
        });
    return List.of(call(scope, "ListAliases", "", list, source));
  }

  private static ApiCall call(
      Scope scope, String operation, String id, JsonNode response, String source) {
    ObjectNode request = id.isEmpty() ? NODES.objectNode() : NODES.objectNode().put("KeyId", id);
    return ConfigCall.of(scope, KmsNormalizer.KMS, operation, id, request, response, source);
  }
}
