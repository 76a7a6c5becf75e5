package dev.assay.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkNumber;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.core.traits.DefaultValueTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * SDK v2 request and response objects as the JSON the AWS CLI prints for them, so a collected
 * snapshot and one made with the CLI cannot be told apart.
 *
 * <p>Names are the model's member names ({@link SdkField#memberName()}), which is what the CLI
 * prints; the wire names ({@code locationName}) differ for query protocols (EC2's {@code
 * regionInfo} for {@code Regions}) and header-bound members. Enums come out as the raw strings AWS
 * sent (an unknown value survives), timestamps as ISO-8601, blobs as base64; unset members (null,
 * or lists and maps the SDK auto-constructed because AWS left them out) are omitted, as the CLI
 * omits them.
 */
public final class SdkJson {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private SdkJson() {}

  public static ObjectNode object(SdkPojo pojo) {
    ObjectNode out = JSON.objectNode();
    for (SdkField<?> field : pojo.sdkFields()) {
      if (field.containsTrait(DefaultValueTrait.class)) {
        // Idempotency tokens: reading one through getValueOrDefault would invent a random UUID.
        continue;
      }
      JsonNode value = value(field.getValueOrDefault(pojo));
      if (value != null) {
        out.set(field.memberName(), value);
      }
    }
    return out;
  }

  /** One member value; {@code null} when the member is unset and must be left out. */
  static JsonNode value(Object value) {
    if (value == null
        || value instanceof SdkAutoConstructList<?>
        || value instanceof SdkAutoConstructMap<?, ?>) {
      return null;
    }
    if (value instanceof String s) {
      return JSON.textNode(s);
    }
    if (value instanceof Boolean b) {
      return JSON.booleanNode(b);
    }
    if (value instanceof Number n) {
      return number(n);
    }
    if (value instanceof Instant instant) {
      return JSON.textNode(DateTimeFormatter.ISO_INSTANT.format(instant));
    }
    if (value instanceof SdkBytes bytes) {
      return JSON.textNode(bytes.asByteBuffer().hasRemaining() ? base64(bytes) : "");
    }
    if (value instanceof SdkPojo pojo) {
      return object(pojo);
    }
    if (value instanceof List<?> list) {
      ArrayNode array = JSON.arrayNode();
      // Sparse lists may hold nulls, which the CLI prints as null.
      list.forEach(item -> array.add(orNull(value(item))));
      return array;
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = JSON.objectNode();
      map.forEach((k, v) -> object.set(String.valueOf(k), orNull(value(v))));
      return object;
    }
    if (value instanceof Document document) {
      return document(document);
    }
    throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON");
  }

  private static JsonNode number(Number n) {
    if (n instanceof Integer || n instanceof Short || n instanceof Byte) {
      return JSON.numberNode(n.intValue());
    }
    if (n instanceof Long l) {
      return JSON.numberNode(l);
    }
    if (n instanceof Double d) {
      return JSON.numberNode(d);
    }
    if (n instanceof Float f) {
      return JSON.numberNode(f);
    }
    if (n instanceof BigDecimal b) {
      return JSON.numberNode(b);
    }
    return JSON.numberNode(new BigDecimal(n.toString()));
  }

  private static JsonNode document(Document document) {
    if (document.isNull()) {
      return JSON.nullNode();
    }
    if (document.isString()) {
      return JSON.textNode(document.asString());
    }
    if (document.isBoolean()) {
      return JSON.booleanNode(document.asBoolean());
    }
    if (document.isNumber()) {
      SdkNumber n = document.asNumber();
      return JSON.numberNode(n.bigDecimalValue());
    }
    if (document.isList()) {
      ArrayNode array = JSON.arrayNode();
      document.asList().forEach(d -> array.add(document(d)));
      return array;
    }
    ObjectNode object = JSON.objectNode();
    document.asMap().forEach((k, v) -> object.set(k, document(v)));
    return object;
  }

  private static String base64(SdkBytes bytes) {
    return java.util.Base64.getEncoder().encodeToString(bytes.asByteArray());
  }

  private static JsonNode orNull(JsonNode node) {
    return node == null ? JSON.nullNode() : node;
  }
}
