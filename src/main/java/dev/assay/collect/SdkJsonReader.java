package dev.assay.collect;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * The reverse of {@link SdkJson}: JSON with the model's member names (as the CLI prints and as
 * Assay's exports write, e.g. ASFF) into an SDK request object, so a finding written once as JSON
 * is imported exactly as written. Unknown members are ignored, as the CLI's input parser would
 * reject them before sending; a value of the wrong JSON type is an error naming the member.
 */
public final class SdkJsonReader {

  private SdkJsonReader() {}

  /** Fills {@code builder} (an SDK model builder) from {@code json} and builds it. */
  @SuppressWarnings("unchecked")
  public static <T> T read(JsonNode json, SdkBuilder<?, T> builder) {
    fill(json, (SdkPojo) builder);
    return builder.build();
  }

  private static void fill(JsonNode json, SdkPojo builder) {
    if (!json.isObject()) {
      throw new IllegalArgumentException("expected a JSON object, got " + json.getNodeType());
    }
    for (SdkField<?> field : builder.sdkFields()) {
      JsonNode value = json.get(field.memberName());
      if (value != null && !value.isNull()) {
        try {
          field.set(builder, convert(field, value));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(field.memberName() + ": " + e.getMessage(), e);
        }
      }
    }
  }

  private static Object convert(SdkField<?> field, JsonNode value) {
    MarshallingType<?> type = field.marshallingType();
    if (type == MarshallingType.STRING) {
      return text(value);
    }
    if (type == MarshallingType.INTEGER) {
      return number(value).intValueExact();
    }
    if (type == MarshallingType.LONG) {
      return number(value).longValueExact();
    }
    if (type == MarshallingType.DOUBLE) {
      return number(value).doubleValue();
    }
    if (type == MarshallingType.FLOAT) {
      return number(value).floatValue();
    }
    if (type == MarshallingType.BIG_DECIMAL) {
      return number(value);
    }
    if (type == MarshallingType.BOOLEAN) {
      if (!value.isBoolean()) {
        throw new IllegalArgumentException("expected true or false");
      }
      return value.booleanValue();
    }
    if (type == MarshallingType.INSTANT) {
      return Instant.parse(text(value));
    }
    if (type == MarshallingType.SDK_POJO) {
      SdkPojo nested = field.constructor().get();
      fill(value, nested);
      return ((SdkBuilder<?, ?>) nested).build();
    }
    if (type == MarshallingType.LIST) {
      if (!value.isArray()) {
        throw new IllegalArgumentException("expected a JSON array");
      }
      SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
      List<Object> list = new ArrayList<>();
      value.forEach(item -> list.add(convert(member, item)));
      return list;
    }
    if (type == MarshallingType.MAP) {
      if (!value.isObject()) {
        throw new IllegalArgumentException("expected a JSON object");
      }
      SdkField<?> member = field.getTrait(MapTrait.class).valueFieldInfo();
      Map<String, Object> map = new LinkedHashMap<>();
      value.fields().forEachRemaining(e -> map.put(e.getKey(), convert(member, e.getValue())));
      return map;
    }
    throw new IllegalArgumentException("cannot read a " + type + " member from JSON");
  }

  private static String text(JsonNode value) {
    if (!value.isValueNode()) {
      throw new IllegalArgumentException("expected a string");
    }
    return value.asText();
  }

  private static BigDecimal number(JsonNode value) {
    if (value.isNumber()) {
      return value.decimalValue();
    }
    try {
      return new BigDecimal(value.asText());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a number", e);
    }
  }
}
