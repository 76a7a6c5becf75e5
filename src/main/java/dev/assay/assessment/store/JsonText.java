package dev.assay.assessment.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/** Lists and maps kept as JSON text columns. */
public final class JsonText {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonText() {}

  public static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static List<String> list(String text) {
    return read(text, new TypeReference<List<String>>() {});
  }

  public static Map<String, String> map(String text) {
    return read(text, new TypeReference<Map<String, String>>() {});
  }

  private static <T> T read(String text, TypeReference<T> type) {
    try {
      return JSON.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is not readable: " + e.getOriginalMessage(), e);
    }
  }
}
