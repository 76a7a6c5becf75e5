package dev.assay.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The words of an API answer for leak checks: every field name and text value of a JSON answer (so
 * a marker is found whichever field holds it), or the whole body of any other answer.
 */
final class JsonTexts {

  private JsonTexts() {}

  /** Every field name and text value of a JSON answer, or the whole body of another one. */
  static List<String> of(HttpResponse<String> response) {
    return Http.contentType(response).startsWith("application/json")
        ? of(response.body())
        : List.of(response.body());
  }

  static List<String> of(String body) {
    List<String> out = new ArrayList<>();
    try {
      walk(SecurityWorld.JSON.readTree(body), out);
    } catch (IOException e) {
      throw new UncheckedIOException(body, e);
    }
    return out;
  }

  private static void walk(JsonNode node, List<String> out) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e -> {
                out.add(e.getKey());
                walk(e.getValue(), out);
              });
    } else if (node.isArray()) {
      node.forEach(n -> walk(n, out));
    } else if (!node.isNull()) {
      out.add(node.asText());
    }
  }

  /** The elements of a JSON array. */
  static Stream<JsonNode> stream(JsonNode array) {
    List<JsonNode> nodes = new ArrayList<>();
    array.forEach(nodes::add);
    return nodes.stream();
  }
}
