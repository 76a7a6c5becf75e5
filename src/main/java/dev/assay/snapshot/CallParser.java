package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * Turns the content of one snapshot entry into an {@link ApiCall}: a bare response, a {@code
 * {"request", "response"}} envelope, or a {@code {"request", "error"}} error envelope.
 */
final class CallParser {

  private static final Set<String> ENVELOPE_FIELDS = Set.of("request", "response", "error");

  private CallParser() {}

  static ApiCall parse(
      String accountId,
      String region,
      String service,
      String operation,
      String suffix,
      JsonNode content,
      String source) {
    if (content == null || !content.isObject()) {
      throw new SnapshotException(source + ": expected a JSON object");
    }
    if (!isEnvelope(content)) {
      return new ApiCall(
          accountId, region, service, operation, suffix, emptyObject(), content, null, source);
    }
    return parseParts(
        accountId,
        region,
        service,
        operation,
        suffix,
        content.get("request"),
        content.get("response"),
        content.get("error"),
        source);
  }

  /**
   * The parts of an envelope, given apart: what calls sent inline carry. Wrapping them into an
   * envelope object first only to take them out again was a fifth of the allocation of an HTTP
   * evaluation (RequestCost under JFR). Either part may be absent (null), as in an envelope.
   */
  static ApiCall parseParts(
      String accountId,
      String region,
      String service,
      String operation,
      String suffix,
      JsonNode request,
      JsonNode response,
      JsonNode error,
      String source) {
    if (request != null && !request.isObject()) {
      throw new SnapshotException(source + ": \"request\" must be an object");
    }
    ObjectNode requestObject = request != null ? (ObjectNode) request : emptyObject();
    if (error != null) {
      if (response != null) {
        throw new SnapshotException(source + ": has both \"response\" and \"error\"");
      }
      return new ApiCall(
          accountId,
          region,
          service,
          operation,
          suffix,
          requestObject,
          null,
          parseError(error, source),
          source);
    }
    if (response == null || !response.isObject()) {
      throw new SnapshotException(source + ": \"response\" must be an object");
    }
    return new ApiCall(
        accountId, region, service, operation, suffix, requestObject, response, null, source);
  }

  private static boolean isEnvelope(JsonNode content) {
    if (!content.has("response") && !content.has("error")) {
      return false;
    }
    var names = content.fieldNames();
    while (names.hasNext()) {
      if (!ENVELOPE_FIELDS.contains(names.next())) {
        return false;
      }
    }
    return true;
  }

  private static ApiError parseError(JsonNode error, String source) {
    if (error == null || !error.isObject() || !error.path("Code").isTextual()) {
      throw new SnapshotException(source + ": \"error\" must be an object with a string \"Code\"");
    }
    String code = error.get("Code").asText();
    if (code.isBlank()) {
      throw new SnapshotException(source + ": \"error.Code\" is empty");
    }
    return new ApiError(code, error.path("Message").asText(""));
  }

  private static ObjectNode emptyObject() {
    return JsonNodeFactory.instance.objectNode();
  }
}
