package dev.assay.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a JSON document against one shape of a botocore model, recursively: required members
 * present, no member the shape does not define, the type of every value, enums, patterns and length
 * / count / range limits. Limits come from the shapes' {@code min} / {@code max} and, where a
 * service states them only in the member's documentation (Security Hub does for most finding
 * fields: "Length Constraints: Minimum length of 1. Maximum length of 256."), from that text.
 */
final class BotocoreShapeCheck {

  private static final Pattern MIN_LENGTH = Pattern.compile("Minimum (?:length )?of (\\d+)");
  private static final Pattern MAX_LENGTH = Pattern.compile("Maximum (?:length )?of (\\d+)");
  private static final Pattern EXACT_LENGTH = Pattern.compile("Length Constraints: (\\d+)\\.");
  private static final Pattern MIN_ITEMS = Pattern.compile("Minimum number of (\\d+) item");
  private static final Pattern MAX_ITEMS = Pattern.compile("Maximum number of (\\d+) item");
  private static final Pattern MAP_KEY = Pattern.compile("key can contain up to (\\d+) char");
  private static final Pattern MAP_VALUE = Pattern.compile("value can contain up to (\\d+) char");
  private static final Pattern TAGS = Pattern.compile("<[^>]+>");

  private final JsonNode shapes;
  private final List<String> problems = new ArrayList<>();
  private final Set<String> membersSeen = new HashSet<>();

  BotocoreShapeCheck(JsonNode model) {
    this.shapes = model.path("shapes");
  }

  /** The problems of {@code doc} as a {@code shape}, each as {@code path: what is wrong}. */
  List<String> check(String shape, JsonNode doc, String path) {
    problems.clear();
    value(shape, doc, path, null);
    return List.copyOf(problems);
  }

  /** Every {@code Shape.member} visited so far, to show how much of the model a test covered. */
  Set<String> membersSeen() {
    return membersSeen;
  }

  JsonNode shape(String name) {
    JsonNode s = shapes.path(name);
    if (s.isMissingNode()) {
      throw new IllegalArgumentException("the model has no shape " + name);
    }
    return s;
  }

  /** {@code doc}: the documentation of the member that holds this value, or null. */
  private void value(String shapeName, JsonNode v, String path, String doc) {
    JsonNode s = shape(shapeName);
    String type = s.path("type").asText();
    switch (type) {
      case "structure" -> structure(shapeName, s, v, path);
      case "list" -> list(s, v, path, doc);
      case "map" -> map(s, v, path, doc);
      case "string" -> string(s, v, path, doc);
      case "integer", "long" -> {
        if (!v.isIntegralNumber()) {
          problem(path, "is " + v.getNodeType() + ", the model says " + type);
        } else {
          range(s, v.asLong(), path);
        }
      }
      case "double", "float" -> {
        if (!v.isNumber()) {
          problem(path, "is " + v.getNodeType() + ", the model says " + type);
        } else {
          range(s, v.asDouble(), path);
        }
      }
      case "boolean" -> {
        if (!v.isBoolean()) {
          problem(path, "is " + v.getNodeType() + ", the model says boolean");
        }
      }
      case "timestamp" -> {
        if (!v.isNumber() && !(v.isTextual() && isDateTime(v.asText()))) {
          problem(path, "is no timestamp: " + v);
        }
      }
      case "blob" -> {
        if (!v.isTextual()) {
          problem(path, "is " + v.getNodeType() + ", the model says blob (base64 text)");
        }
      }
      default -> problem(path, "has shape type " + type + ", which this check does not know");
    }
  }

  private void structure(String name, JsonNode s, JsonNode v, String path) {
    if (!v.isObject()) {
      problem(path, "is " + v.getNodeType() + ", the model says structure " + name);
      return;
    }
    JsonNode members = s.path("members");
    for (JsonNode required : s.path("required")) {
      JsonNode present = v.get(required.asText());
      if (present == null || present.isNull()) {
        problem(path, "lacks required member " + required.asText());
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode member = members.get(field.getKey());
      String at = path + "." + field.getKey();
      if (member == null) {
        problem(at, "is no member of " + name);
        continue;
      }
      membersSeen.add(name + "." + field.getKey());
      if (field.getValue().isNull()) {
        continue;
      }
      String doc = text(member.path("documentation").asText(null));
      value(member.path("shape").asText(), field.getValue(), at, doc);
      if (doc != null && doc.contains("timestamp fields") && field.getValue().isTextual()) {
        // Security Hub's finding timestamps are strings documented as RFC 3339 date-times.
        if (!isDateTime(field.getValue().asText())) {
          problem(at, "is no RFC 3339 date-time: " + field.getValue().asText());
        }
      }
    }
  }

  private void list(JsonNode s, JsonNode v, String path, String doc) {
    if (!v.isArray()) {
      problem(path, "is " + v.getNodeType() + ", the model says list");
      return;
    }
    count(path, v.size(), s, doc, "Array Members", MIN_ITEMS, MAX_ITEMS, "items");
    String member = s.path("member").path("shape").asText();
    for (int i = 0; i < v.size(); i++) {
      value(member, v.get(i), path + "[" + i + "]", null);
    }
  }

  private void map(JsonNode s, JsonNode v, String path, String doc) {
    if (!v.isObject()) {
      problem(path, "is " + v.getNodeType() + ", the model says map");
      return;
    }
    count(path, v.size(), s, null, null, null, null, "entries");
    Integer maxKey = doc == null ? null : first(MAP_KEY, doc);
    Integer maxValue = doc == null ? null : first(MAP_VALUE, doc);
    String keyShape = s.path("key").path("shape").asText();
    String valueShape = s.path("value").path("shape").asText();
    for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String at = path + "[" + e.getKey() + "]";
      value(keyShape, ExportFixtures.JSON.getNodeFactory().textNode(e.getKey()), at + " key", null);
      value(valueShape, e.getValue(), at, null);
      if (maxKey != null && length(e.getKey()) > maxKey) {
        problem(at, "key is longer than " + maxKey + " characters");
      }
      if (maxValue != null
          && e.getValue().isTextual()
          && length(e.getValue().asText()) > maxValue) {
        problem(at, "value is longer than " + maxValue + " characters");
      }
    }
  }

  private void string(JsonNode s, JsonNode v, String path, String doc) {
    if (!v.isTextual()) {
      problem(path, "is " + v.getNodeType() + ", the model says string");
      return;
    }
    String text = v.asText();
    if (s.has("enum")) {
      boolean known = false;
      for (JsonNode e : s.path("enum")) {
        known |= e.asText().equals(text);
      }
      if (!known) {
        problem(path, "is \"" + text + "\", not one of " + s.path("enum"));
      }
    }
    // Smithy patterns are ECMA-262 regular expressions and not implicitly anchored: find().
    if (s.has("pattern") && !Pattern.compile(s.path("pattern").asText()).matcher(text).find()) {
      problem(path, "does not match the pattern " + s.path("pattern").asText() + ": " + text);
    }
    Integer exact = doc == null ? null : first(EXACT_LENGTH, doc);
    if (exact != null && length(text) != exact) {
      problem(path, "has " + length(text) + " characters, the documented length is " + exact);
    }
    count(path, length(text), s, doc, "Length Constraints", MIN_LENGTH, MAX_LENGTH, "characters");
  }

  /**
   * Checks a size against the shape's min / max and the limits the member's documentation states in
   * its {@code section} ("Length Constraints: ..." or "Array Members: ..."), which win.
   */
  private void count(
      String path,
      int size,
      JsonNode s,
      String doc,
      String section,
      Pattern min,
      Pattern max,
      String unit) {
    Integer lo = s.has("min") ? s.path("min").asInt() : null;
    Integer hi = s.has("max") ? s.path("max").asInt() : null;
    int at = doc == null || section == null ? -1 : doc.indexOf(section);
    if (at >= 0) {
      String limits = doc.substring(at);
      Integer docLo = first(min, limits);
      Integer docHi = first(max, limits);
      lo = docLo != null ? docLo : lo;
      hi = docHi != null ? docHi : hi;
    }
    if (lo != null && size < lo) {
      problem(path, "has " + size + " " + unit + ", fewer than the minimum " + lo);
    }
    if (hi != null && size > hi) {
      problem(path, "has " + size + " " + unit + ", more than the maximum " + hi);
    }
  }

  private void range(JsonNode s, double value, String path) {
    if (s.has("min") && value < s.path("min").asDouble()) {
      problem(path, value + " is below the minimum " + s.path("min"));
    }
    if (s.has("max") && value > s.path("max").asDouble()) {
      problem(path, value + " is above the maximum " + s.path("max"));
    }
  }

  private static Integer first(Pattern p, String doc) {
    Matcher m = p.matcher(doc);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  private static boolean isDateTime(String s) {
    try {
      OffsetDateTime.parse(s);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** Documentation without its HTML tags and with single spaces, or null. */
  private static String text(String html) {
    return html == null ? null : TAGS.matcher(html).replaceAll(" ").replaceAll("\\s+", " ");
  }

  private void problem(String path, String what) {
    problems.add(path + ": " + what);
  }
}
