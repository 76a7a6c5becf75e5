package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Null-tolerant reads of AWS response fields: absent, JSON null and empty strings all mean "unset".
 */
public final class Json {

  private Json() {}

  public static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || value.isNull() || value.isMissingNode()) {
      return null;
    }
    String text = value.isValueNode() ? value.asText() : value.toString();
    return text.isEmpty() ? null : text;
  }

  public static String text(JsonNode node, String field, String fallback) {
    String value = text(node, field);
    return value == null ? fallback : value;
  }

  /**
   * {@code true} only for JSON {@code true} or the string "true" (any case); absent is {@code
   * null}.
   */
  public static Boolean bool(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isBoolean() ? value.booleanValue() : Boolean.parseBoolean(value.asText());
  }

  public static Integer integer(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || value.isNull() || !(value.isNumber() || value.isTextual())) {
      return null;
    }
    try {
      return value.isNumber() ? value.intValue() : Integer.parseInt(value.asText().trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public static List<JsonNode> array(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    List<JsonNode> items = new ArrayList<>();
    if (value != null && value.isArray()) {
      value.forEach(items::add);
    }
    return items;
  }

  /** A timestamp as the AWS CLI prints it (ISO-8601) or as epoch seconds; {@code null} if unset. */
  public static Instant instant(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isNumber()) {
      return Instant.ofEpochMilli(Math.round(value.doubleValue() * 1000));
    }
    String text = value.asText().trim();
    Instant common = IsoInstants.parseCommon(text);
    if (common != null) {
      return common;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException notInstant) {
        try {
          return Instant.ofEpochMilli(Math.round(Double.parseDouble(text) * 1000));
        } catch (NumberFormatException notNumber) {
          return null;
        }
      }
    }
  }
}
