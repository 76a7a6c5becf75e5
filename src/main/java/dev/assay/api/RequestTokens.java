package dev.assay.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.assay.evaluation.ManualEvidenceReader;
import dev.assay.fact.ManualEvidence;
import dev.assay.snapshot.RecordedCall;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a valid evaluation request in one pass over its tokens: only the parts the snapshot keeps
 * ({@code request}, {@code response}, {@code error}, manual evidence) become trees, built by
 * Jackson's own tree deserializer with the same settings, so they are the very nodes the whole tree
 * held. The object of every call and its five strings as nodes were a quarter of what reading a
 * request allocated.
 *
 * <p>It refuses nothing itself: at anything a valid request does not have (a syntax error, a
 * duplicate or unknown field, a wrong type, a limit passed) it gives up with {@code null}, and the
 * body is read again as a whole tree by {@link EvaluationRequestReader}, which words the refusal.
 * So every error stays what it was, and a body both malformed and invalid is still refused for the
 * first fault in the tree reader's order.
 */
final class RequestTokens {

  // The fields of a call, as bits, to see a repeated one.
  private static final int ACCOUNT = 1;
  private static final int REGION = 1 << 1;
  private static final int SERVICE = 1 << 2;
  private static final int OPERATION = 1 << 3;
  private static final int SUFFIX = 1 << 4;
  private static final int REQUEST = 1 << 5;
  private static final int RESPONSE = 1 << 6;
  private static final int ERROR = 1 << 7;

  private final JsonParser parser;
  private final DefaultDeserializationContext context;
  private final JsonDeserializer<Object> trees;
  private final RequestLimits limits;

  // The previous call's names: a request repeats one account, a few regions and services, and the
  // same text is taken as the same String rather than a new one per call (less to allocate, and
  // the hash the snapshot's lookups need is already computed).
  private final String[] previous = new String[4];

  private RequestTokens(JsonParser parser, ObjectMapper mapper, RequestLimits limits)
      throws IOException {
    this.parser = parser;
    this.limits = limits;
    DeserializationConfig config = mapper.getDeserializationConfig();
    // One context for the whole body, as one bean's deserialization uses one for all its values;
    // it carries the mapper's settings (duplicate keys refused while a tree is built).
    this.context =
        ((DefaultDeserializationContext) mapper.getDeserializationContext())
            .createInstance(config, parser, mapper.getInjectableValues());
    this.trees = context.findRootValueDeserializer(config.constructType(JsonNode.class));
  }

  /** The request, or {@code null} when the body is not a valid one (read it as a tree then). */
  static EvaluationRequest read(byte[] body, RequestLimits limits, ObjectMapper mapper) {
    try (JsonParser parser = mapper.getFactory().createParser(body)) {
      return new RequestTokens(parser, mapper, limits).request();
    } catch (IOException | RuntimeException notValid) {
      // Worded by the tree reader, in its order.
      return null;
    }
  }

  private EvaluationRequest request() throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      return null;
    }
    String framework = null;
    String at = null;
    JsonNode manual = null;
    List<RecordedCall> calls = null;
    int seen = 0;
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      token = parser.nextToken();
      int field;
      switch (name) {
        case "framework" -> {
          field = 1;
          framework = text(token);
        }
        case "at" -> {
          field = 2;
          at = text(token);
        }
        case "manualEvidence" -> {
          field = 4;
          manual = tree();
        }
        case "responses" -> {
          field = 8;
          if (token == JsonToken.START_ARRAY) {
            calls = calls();
          } else if (token != JsonToken.VALUE_NULL) {
            return null;
          }
        }
        default -> {
          return null;
        }
      }
      if ((seen & field) != 0) {
        return null;
      }
      seen |= field;
    }
    if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
      return null;
    }
    // The checks of the tree reader, in its order; any refusal is left to it.
    Instant instant = at == null ? null : EvaluationRequestReader.instant(TextNode.valueOf(at));
    if (manual != null && manual.isArray()) {
      RequestLimits.check(
          "manualEvidence", manual.size(), limits.maxManualEvidence(), "max-manual-evidence");
    }
    List<ManualEvidence> evidence = ManualEvidenceReader.parse(manual, "manualEvidence");
    if (calls != null && calls.size() > limits.maxResponses()) {
      return null;
    }
    return new EvaluationRequest(framework, instant, calls, evidence);
  }

  private List<RecordedCall> calls() throws IOException {
    List<RecordedCall> calls = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
      RecordedCall call = call();
      if (call == null) {
        return null;
      }
      calls.add(call);
    }
    if (token != JsonToken.END_ARRAY) {
      throw new IOException("not a recorded call");
    }
    return calls;
  }

  private RecordedCall call() throws IOException {
    String account = null;
    String region = null;
    String service = null;
    String operation = null;
    String suffix = null;
    JsonNode request = null;
    JsonNode response = null;
    JsonNode error = null;
    int seen = 0;
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      token = parser.nextToken();
      int field;
      switch (name) {
        case "accountId" -> {
          field = ACCOUNT;
          account = sameAsBefore(token, 0);
        }
        case "region" -> {
          field = REGION;
          region = sameAsBefore(token, 1);
        }
        case "service" -> {
          field = SERVICE;
          service = sameAsBefore(token, 2);
        }
        case "operation" -> {
          field = OPERATION;
          operation = sameAsBefore(token, 3);
        }
        case "suffix" -> {
          field = SUFFIX;
          suffix = text(token);
        }
        case "request" -> {
          field = REQUEST;
          request = presentTree(token);
        }
        case "response" -> {
          field = RESPONSE;
          response = presentTree(token);
        }
        case "error" -> {
          field = ERROR;
          error = presentTree(token);
        }
        default -> {
          return null;
        }
      }
      if ((seen & field) != 0) {
        return null;
      }
      seen |= field;
    }
    return new RecordedCall(account, region, service, operation, suffix, request, response, error);
  }

  /** A string field's text, null for JSON null; anything else is no valid request. */
  private String text(JsonToken token) throws IOException {
    if (token == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    throw new IOException("not a string");
  }

  /**
   * As {@link #text(JsonToken)} for the previous call's name in {@code slot} (0 account, 1 region,
   * 2 service, 3 operation): that String itself when the text is the same.
   */
  private String sameAsBefore(JsonToken token, int slot) throws IOException {
    String text = text(token, previous[slot]);
    if (text != null) {
      previous[slot] = text;
    }
    return text;
  }

  /** As {@link #text(JsonToken)}, giving {@code previous} itself when the text is the same. */
  private String text(JsonToken token, String previous) throws IOException {
    if (token == JsonToken.VALUE_STRING && previous != null && sameText(previous)) {
      return previous;
    }
    return text(token);
  }

  private boolean sameText(String previous) throws IOException {
    int length = parser.getTextLength();
    if (length != previous.length()) {
      return false;
    }
    char[] chars = parser.getTextCharacters();
    int offset = parser.getTextOffset();
    for (int i = 0; i < length; i++) {
      if (chars[offset + i] != previous.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The value as the tree reader's {@code present(...)} gives it: JSON null is absent. */
  private JsonNode presentTree(JsonToken token) throws IOException {
    return token == JsonToken.VALUE_NULL ? null : tree();
  }

  private JsonNode tree() throws IOException {
    return (JsonNode) trees.deserialize(parser, context);
  }
}
