package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * What the AWS Config IAM mappings share: policy documents, which Config stores as the IAM API
 * sends them (URL-encoded JSON text: {@code "%7B%22Version%22..."}) and which the AWS CLI, and so a
 * snapshot, prints decoded; and the shape of one recorded IAM call.
 */
final class ConfigIamDocuments {

  static final String IAM = "iam";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ConfigIamDocuments() {}

  /**
   * The decoded document as a JSON object, as the CLI prints it. IAM percent-encodes every reserved
   * character (a literal {@code +} arrives as {@code %2B}), so a {@code +} in the text is kept, not
   * read as a space. Text that does not decode to JSON is passed on unchanged: the normalizer then
   * reports the policy unreadable (a gap), never as granting nothing. {@code null} when absent.
   */
  static JsonNode decoded(JsonNode document) {
    if (document == null || document.isNull() || document.isMissingNode()) {
      return null;
    }
    if (!document.isTextual()) {
      return document;
    }
    String text = document.asText().trim();
    try {
      if (!text.startsWith("{")) {
        text = URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
      }
      JsonNode parsed = JSON.readTree(text);
      return parsed != null && parsed.isObject() ? parsed : document;
    } catch (Exception e) {
      return document;
    }
  }

  /** Copies a text field of a Config configuration under the API's name, when present. */
  static void copy(JsonNode from, String field, ObjectNode to, String apiField) {
    String value = Json.text(from, field);
    if (value != null) {
      to.put(apiField, value);
    }
  }

  static ObjectNode request(String... fieldsAndValues) {
    ObjectNode request = NODES.objectNode();
    for (int i = 0; i + 1 < fieldsAndValues.length; i += 2) {
      request.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
    }
    return request;
  }

  static ApiCall call(
      Scope scope,
      String operation,
      String suffix,
      ObjectNode request,
      JsonNode response,
      String source) {
    return ConfigCall.of(scope, IAM, operation, suffix, request, response, source);
  }
}
