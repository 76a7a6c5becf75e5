package dev.assay.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.json.PrettyJson;
import java.util.Collection;

/** JSON helpers of the exports: the layout of {@link PrettyJson}, and null-free building. */
final class ExportJson {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private ExportJson() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  static ArrayNode strings(Collection<String> values) {
    ArrayNode array = array();
    values.forEach(array::add);
    return array;
  }

  /** Sets a text field unless the value is null or blank. */
  static ObjectNode text(ObjectNode node, String field, String value) {
    if (value != null && !value.isBlank()) {
      node.put(field, value);
    }
    return node;
  }

  static String truncate(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    return text.substring(0, max - 1) + "…";
  }

  static String write(JsonNode node) {
    return PrettyJson.write(MAPPER, node);
  }
}
