package dev.assay.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.evaluation.InvalidManualEvidenceException;
import dev.assay.evaluation.ManualEvidenceReader;
import dev.assay.fact.ManualEvidence;
import dev.assay.snapshot.RecordedCall;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an evaluation request body. Parsed by hand rather than bound by Micronaut so that every
 * refusal names the field and says what was expected: not JSON is 400, JSON that is not a valid
 * request is 422. The snapshot rules themselves (account IDs, regions, envelopes) are checked by
 * {@link dev.assay.snapshot.InlineSnapshots}, which answers 422 the same way.
 */
final class EvaluationRequestReader {

  private static final Map<RequestLimits, ObjectMapper> MAPPERS = new ConcurrentHashMap<>();

  private static final Set<String> REQUEST_FIELDS =
      Set.of("framework", "at", "responses", "manualEvidence");
  private static final Set<String> CALL_FIELDS =
      Set.of(
          "accountId", "region", "service", "operation", "suffix", "request", "response", "error");

  private EvaluationRequestReader() {}

  static EvaluationRequest read(byte[] body, RequestLimits limits) {
    if (body != null) {
      // A valid request in one pass over its tokens; anything else is read as a tree below.
      EvaluationRequest request = RequestTokens.read(body, limits, mapper(limits));
      if (request != null) {
        return request;
      }
    }
    return readTree(body, limits);
  }

  /**
   * The request read as a whole tree: the reference for {@link RequestTokens}, and the reader of
   * every body it gives up on, so that each refusal is worded here.
   */
  static EvaluationRequest readTree(byte[] body, RequestLimits limits) {
    JsonNode root = parse(body, limits);
    if (!root.isObject()) {
      throw ApiException.invalidRequest(
          "the body must be a JSON object with \"responses\", not " + kind(root));
    }
    rejectUnknownFields("", root, REQUEST_FIELDS);
    String framework = text(root, "framework", "framework");
    Instant at = instant(root.get("at"));
    JsonNode manual = root.get("manualEvidence");
    if (manual != null && manual.isArray()) {
      RequestLimits.check(
          "manualEvidence", manual.size(), limits.maxManualEvidence(), "max-manual-evidence");
    }
    List<ManualEvidence> evidence;
    try {
      evidence = ManualEvidenceReader.parse(root.get("manualEvidence"), "manualEvidence");
    } catch (InvalidManualEvidenceException e) {
      throw ApiException.invalidRequest(e.getMessage());
    }
    return new EvaluationRequest(framework, at, calls(root.get("responses"), limits), evidence);
  }

  static JsonNode parse(byte[] body, RequestLimits limits) {
    if (body == null || body.length == 0) {
      throw ApiException.malformedJson("the body is empty; expected a JSON object");
    }
    try {
      JsonNode root = mapper(limits).readTree(body);
      if (root == null || root.isMissingNode()) {
        throw ApiException.malformedJson("the body is blank; expected a JSON object");
      }
      return root;
    } catch (StreamConstraintsException e) {
      throw RequestLimits.exceeded(constraint(e, limits));
    } catch (JsonProcessingException e) {
      var where = e.getLocation();
      String at =
          where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
      throw ApiException.malformedJson("malformed JSON" + at + ": " + reason(e));
    } catch (IOException e) {
      throw ApiException.malformedJson("unreadable body: " + e.getMessage());
    }
  }

  static ObjectMapper mapper(RequestLimits limits) {
    return MAPPERS.computeIfAbsent(
        limits,
        l ->
            new ObjectMapper(
                    JsonFactory.builder()
                        .streamReadConstraints(
                            StreamReadConstraints.builder()
                                .maxNestingDepth(l.maxNestingDepth())
                                .maxStringLength(l.maxStringLength())
                                .build())
                        .build())
                // Duplicate keys are refused as the tree is built (the displaced value is seen
                // for free) rather than by the parser's STRICT_DUPLICATE_DETECTION, which kept a
                // set of names per object: 370 KiB and ~0.05 ms CPU per evaluation request.
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
  }

  /** Jackson's words, without the name of its setting that refuses duplicate keys. */
  private static String reason(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    Matcher duplicate = message == null ? null : DUPLICATE_TREE_KEY.matcher(message);
    return duplicate != null && duplicate.lookingAt()
        ? "Duplicate field '" + duplicate.group(1) + "'"
        : message;
  }

  private static final Pattern DUPLICATE_TREE_KEY =
      Pattern.compile("Duplicate field '(.*)' for `ObjectNode`", Pattern.DOTALL);

  /** Which of our limits Jackson's constraint is, in the words of our configuration. */
  private static String constraint(StreamConstraintsException e, RequestLimits limits) {
    String message = String.valueOf(e.getMessage());
    var where = e.getLocation();
    String at =
        where == null
            ? ""
            : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
    if (message.contains("nesting depth")) {
      return "the JSON nests deeper than the limit of "
          + limits.maxNestingDepth()
          + " levels"
          + at
          + " (assay.limits.max-nesting-depth)";
    }
    if (message.contains("String value length")) {
      return "a JSON string is longer than the limit of "
          + limits.maxStringLength()
          + " characters"
          + at
          + " (assay.limits.max-string-length)";
    }
    return "the JSON is larger than allowed" + at + ": " + e.getOriginalMessage();
  }

  static List<RecordedCall> calls(JsonNode responses, RequestLimits limits) {
    if (responses == null || responses.isNull()) {
      // InlineSnapshots words the refusal, as it does for an empty array.
      return null;
    }
    if (!responses.isArray()) {
      throw ApiException.invalidRequest(
          "\"responses\" must be an array of recorded calls, not " + kind(responses));
    }
    RequestLimits.check("responses", responses.size(), limits.maxResponses(), "max-responses");
    List<RecordedCall> calls = new ArrayList<>();
    for (int i = 0; i < responses.size(); i++) {
      calls.add(call(i, responses.get(i)));
    }
    return calls;
  }

  private static RecordedCall call(int index, JsonNode entry) {
    // Where the call is gets worded only when it is refused: building "responses[i].field" for
    // every field of every call cost string work on the hot path of each request.
    if (!entry.isObject()) {
      throw ApiException.invalidRequest(where(index) + ": must be an object, not " + kind(entry));
    }
    if (!allKnown(entry, CALL_FIELDS)) {
      rejectUnknownFields(where(index) + ".", entry, CALL_FIELDS);
    }
    return new RecordedCall(
        callText(entry, "accountId", index),
        callText(entry, "region", index),
        callText(entry, "service", index),
        callText(entry, "operation", index),
        callText(entry, "suffix", index),
        present(entry.get("request")),
        present(entry.get("response")),
        present(entry.get("error")));
  }

  private static String where(int index) {
    return "responses[" + index + "]";
  }

  private static boolean allKnown(JsonNode node, Set<String> known) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      if (!known.contains(names.next())) {
        return false;
      }
    }
    return true;
  }

  private static String callText(JsonNode entry, String field, int index) {
    JsonNode value = present(entry.get(field));
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      return text(entry, field, where(index) + "." + field);
    }
    return value.textValue();
  }

  static void rejectUnknownFields(String prefix, JsonNode node, Set<String> known) {
    // Unknown fields are refused so that a misspelt "framework" is not silently the default one.
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw ApiException.invalidRequest(
            prefix + name + ": unknown field; expected " + String.join(", ", sorted(known)));
      }
    }
  }

  static String text(JsonNode node, String field, String where) {
    JsonNode value = present(node.get(field));
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      throw ApiException.invalidRequest(where + ": must be a string, not " + kind(value));
    }
    return value.textValue();
  }

  static Instant instant(JsonNode value) {
    if (present(value) == null) {
      return null;
    }
    String text = value.isTextual() ? value.textValue() : null;
    if (text != null) {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException notOffset) {
        // Fall through to the one message below.
      }
    }
    throw ApiException.invalidRequest(
        "at: must be an ISO-8601 instant such as 2026-12-01T00:00:00Z, not " + value);
  }

  private static JsonNode present(JsonNode value) {
    return value == null || value.isNull() || value.isMissingNode() ? null : value;
  }

  static String kind(JsonNode value) {
    return switch (value.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      default -> "null";
    };
  }

  private static List<String> sorted(Set<String> names) {
    return names.stream().sorted().toList();
  }
}
