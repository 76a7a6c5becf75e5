package dev.assay.evaluation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.assay.json.SafeYaml;
import dev.assay.snapshot.RecordedCall;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads rule case files (format in {@link RuleCaseRunner}). Every mistake becomes a {@code path:
 * where: message} problem; a malformed case is left out, the file's other cases still load.
 */
public final class RuleCaseLoader {

  public static final String DEFAULT_ACCOUNT = "111111111111";
  public static final String DEFAULT_REGION = "us-east-1";

  /** The evaluation clock of a case that sets none: fixed, so cases never age. */
  public static final Instant DEFAULT_NOW = Instant.parse("2026-12-01T00:00:00Z");

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));
  private static final Set<String> FILE_KEYS =
      Set.of("rule", "description", "now", "parameters", "background", "cases");
  private static final Set<String> CASE_KEYS =
      Set.of(
          "name",
          "description",
          "now",
          "parameters",
          "background",
          "responses",
          "fired",
          "expect",
          "requests");
  private static final Set<String> CALL_KEYS =
      Set.of(
          "accountId", "region", "service", "operation", "suffix", "request", "response", "error");
  private static final Set<String> EXPECT_KEYS = Set.of("resourceArn", "status", "reason");
  private static final Set<String> REQUEST_KEYS = Set.of("resourceArn", "instructions");

  /** Every {@code <folder>/<rule_id>.yaml} under {@code dir}, in path order. */
  public List<RuleCaseFile> load(Path dir, List<String> problems) {
    if (!Files.isDirectory(dir)) {
      problems.add(dir + ": rule cases directory not found");
      return List.of();
    }
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(dir)) {
      paths = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      problems.add(dir + ": cannot list: " + e.getMessage());
      return List.of();
    }
    List<RuleCaseFile> files = new ArrayList<>();
    for (Path path : paths) {
      String rel = dir.relativize(path).toString().replace('\\', '/');
      String name = path.getFileName().toString();
      if (name.endsWith(".yml")) {
        problems.add(rel + ": rule case files end in .yaml");
      } else if (name.endsWith(".yaml")) {
        Path relPath = dir.relativize(path);
        if (relPath.getNameCount() != 2) {
          problems.add(rel + ": must sit in its rule's domain folder: <domain>/<rule_id>.yaml");
        }
        String folder = relPath.getNameCount() >= 2 ? relPath.getName(0).toString() : "";
        read(path, rel, folder, problems).ifPresent(files::add);
      }
    }
    return files;
  }

  /** One case file; empty when it cannot be read at all. */
  public Optional<RuleCaseFile> read(Path path, String rel, String folder, List<String> problems) {
    String ruleId = path.getFileName().toString().replaceFirst("\\.yaml$", "");
    JsonNode root;
    try {
      String text = Files.readString(path);
      SafeYaml.check(text);
      root = YAML.readTree(text);
    } catch (SafeYaml.UnsafeYamlException e) {
      problems.add(rel + ": not valid YAML: " + e.getMessage());
      return Optional.empty();
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      problems.add(rel + ":" + line + ": not valid YAML: " + e.getOriginalMessage());
      return Optional.empty();
    } catch (IOException e) {
      problems.add(rel + ": cannot read: " + e.getMessage());
      return Optional.empty();
    }
    Problems p = new Problems(rel, problems);
    if (root == null || !root.isObject()) {
      p.add("", "expected a mapping with \"cases:\"");
      return Optional.empty();
    }
    p.unknownKeys("", root, FILE_KEYS);
    if (root.has("rule") && !ruleId.equals(root.path("rule").asText())) {
      p.add("rule", "names " + root.path("rule").asText() + " but the file is named for " + ruleId);
    }
    Defaults defaults =
        new Defaults(
            now(root, "now", DEFAULT_NOW, p),
            parameters(root, "parameters", Map.of(), p),
            new ArrayList<>(),
            new ArrayList<>());
    if (root.has("background")) {
      calls(root.get("background"), "background", defaults.background(), defaults.labels(), p);
    }
    JsonNode cases = root.path("cases");
    if (!cases.isArray() || cases.isEmpty()) {
      p.add("cases", "expected a non-empty list of cases");
      return Optional.of(new RuleCaseFile(rel, ruleId, folder, List.of()));
    }
    List<RuleCase> loaded = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < cases.size(); i++) {
      String where = "cases[" + i + "]";
      int before = problems.size();
      RuleCase c = ruleCase(cases.get(i), where, defaults, p);
      if (c != null && !names.add(c.name())) {
        p.add(where, "another case is already named \"" + c.name() + "\"");
      }
      if (c != null && problems.size() == before) {
        loaded.add(c);
      }
    }
    return Optional.of(new RuleCaseFile(rel, ruleId, folder, List.copyOf(loaded)));
  }

  private static RuleCase ruleCase(JsonNode node, String where, Defaults defaults, Problems p) {
    if (!node.isObject()) {
      p.add(where, "expected a mapping with name, responses, fired and expect");
      return null;
    }
    String name = node.path("name").isTextual() ? node.get("name").asText().strip() : "";
    if (name.isEmpty()) {
      p.add(where, "\"name\" is required");
      return null;
    }
    String at = where + " (" + name + ")";
    p.unknownKeys(at, node, CASE_KEYS);
    for (String field : List.of("responses", "fired", "expect")) {
      // A case of an evidence-request rule asserts requests; its rule has no findings to expect.
      if (!node.has(field) && !(field.equals("expect") && node.has("requests"))) {
        p.add(at, "\"" + field + "\" is required");
      }
    }
    List<RecordedCall> responses = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<RecordedCall> own = new ArrayList<>();
    List<String> ownLabels = new ArrayList<>();
    calls(node.path("responses"), at + ": responses", own, ownLabels, p);
    boolean useBackground = !node.has("background") || node.get("background").asBoolean(true);
    if (useBackground) {
      for (int i = 0; i < defaults.background().size(); i++) {
        RecordedCall shared = defaults.background().get(i);
        if (own.stream().noneMatch(o -> sameCall(o, shared))) {
          responses.add(shared);
          labels.add(defaults.labels().get(i));
        }
      }
    }
    responses.addAll(own);
    labels.addAll(ownLabels);
    TreeSet<String> fired = new TreeSet<>();
    JsonNode firedNode = node.path("fired");
    if (firedNode.isArray()) {
      firedNode.forEach(f -> fired.add(f.asText()));
    } else if (!firedNode.isMissingNode() && !firedNode.isNull()) {
      p.add(at + ": fired", "expected a list of rule IDs ([] for none)");
    }
    List<RuleCase.Expected> expect = new ArrayList<>();
    JsonNode expectNode = node.path("expect");
    if (expectNode.isArray()) {
      for (int i = 0; i < expectNode.size(); i++) {
        expected(expectNode.get(i), at + ": expect[" + i + "]", p).ifPresent(expect::add);
      }
    } else if (!expectNode.isMissingNode()) {
      p.add(at + ": expect", "expected a list of {resourceArn, status, reason?}");
    }
    List<RuleCase.ExpectedRequest> requests = requests(node.get("requests"), at, p);
    Instant now = now(node, at + ": now", defaults.now(), p);
    Map<String, Object> parameters = new TreeMap<>(defaults.parameters());
    parameters.putAll(parameters(node, at + ": parameters", Map.of(), p));
    return new RuleCase(
        name,
        List.copyOf(responses),
        List.copyOf(labels),
        now,
        Map.copyOf(parameters),
        fired,
        List.copyOf(expect),
        requests);
  }

  /** The evidence requests a case expects, or {@code null} when it gives none. */
  private static List<RuleCase.ExpectedRequest> requests(JsonNode node, String at, Problems p) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isArray()) {
      p.add(at + ": requests", "expected a list of {resourceArn, instructions?} ([] for none)");
      return null;
    }
    List<RuleCase.ExpectedRequest> requests = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      String where = at + ": requests[" + i + "]";
      JsonNode item = node.get(i);
      if (!item.isObject()) {
        p.add(where, "expected a mapping {resourceArn, instructions?}");
        continue;
      }
      p.unknownKeys(where, item, REQUEST_KEYS);
      String arn = item.path("resourceArn").asText("");
      if (arn.isBlank()) {
        p.add(where, "\"resourceArn\" is required");
        continue;
      }
      JsonNode text = item.get("instructions");
      requests.add(
          new RuleCase.ExpectedRequest(
              arn, text == null || text.isNull() ? null : text.asText().strip()));
    }
    return List.copyOf(requests);
  }

  /** What a file gives all its cases. */
  private record Defaults(
      Instant now,
      Map<String, Object> parameters,
      List<RecordedCall> background,
      List<String> labels) {}

  private static Instant now(JsonNode node, String where, Instant fallback, Problems p) {
    JsonNode value = node.get("now");
    if (value == null || value.isNull()) {
      return fallback;
    }
    try {
      return OffsetDateTime.parse(value.asText().strip()).toInstant();
    } catch (DateTimeParseException e) {
      p.add(where, "\"now\" must be an ISO-8601 instant such as 2026-12-01T00:00:00Z");
      return fallback;
    }
  }

  /** Rule parameters as parameters.yaml spells them: numbers, strings or lists of strings. */
  private static Map<String, Object> parameters(
      JsonNode node, String where, Map<String, Object> fallback, Problems p) {
    JsonNode values = node.get("parameters");
    if (values == null || values.isNull()) {
      return fallback;
    }
    if (!values.isObject()) {
      p.add(where, "expected a mapping of parameter names to values");
      return fallback;
    }
    Map<String, Object> parsed = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      if (v.isIntegralNumber()) {
        parsed.put(e.getKey(), v.longValue());
      } else if (v.isNumber()) {
        parsed.put(e.getKey(), v.doubleValue());
      } else if (v.isTextual()) {
        parsed.put(e.getKey(), v.asText());
      } else if (v.isArray()) {
        List<String> items = new ArrayList<>();
        v.forEach(item -> items.add(item.asText()));
        parsed.put(e.getKey(), List.copyOf(items));
      } else {
        p.add(where, e.getKey() + ": must be a number, a string or a list of strings");
      }
    }
    return parsed;
  }

  private static void calls(
      JsonNode node, String where, List<RecordedCall> calls, List<String> labels, Problems p) {
    if (node.isMissingNode()) {
      return;
    }
    if (!node.isArray()) {
      p.add(where, "expected a list of recorded calls");
      return;
    }
    for (int i = 0; i < node.size(); i++) {
      String at = where + "[" + i + "]";
      RecordedCall call = call(node.get(i), at, p);
      if (call != null) {
        calls.add(call);
        labels.add(at);
      }
    }
  }

  private static RecordedCall call(JsonNode node, String where, Problems p) {
    if (!node.isObject()) {
      p.add(where, "expected a mapping with service, operation and response or error");
      return null;
    }
    p.unknownKeys(where, node, CALL_KEYS);
    JsonNode request = node.get("request");
    if (request != null && !request.isObject()) {
      p.add(where, "\"request\" must be a mapping");
      return null;
    }
    return new RecordedCall(
        scalar(node, "accountId", DEFAULT_ACCOUNT),
        scalar(node, "region", DEFAULT_REGION),
        scalar(node, "service", null),
        scalar(node, "operation", null),
        scalar(node, "suffix", null),
        request,
        node.get("response"),
        node.get("error"));
  }

  /**
   * A scalar as text; YAML numbers too, so an unquoted account ID or counter suffix still works.
   */
  private static String scalar(JsonNode node, String field, String fallback) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return fallback;
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  private static Optional<RuleCase.Expected> expected(JsonNode node, String where, Problems p) {
    if (!node.isObject()) {
      p.add(where, "expected a mapping {resourceArn, status, reason?}");
      return Optional.empty();
    }
    p.unknownKeys(where, node, EXPECT_KEYS);
    String arn = node.path("resourceArn").asText("");
    if (arn.isBlank()) {
      p.add(where, "\"resourceArn\" is required");
      return Optional.empty();
    }
    String statusText = node.path("status").asText("").toUpperCase(Locale.ROOT);
    Status status;
    try {
      status = Status.valueOf(statusText);
    } catch (IllegalArgumentException e) {
      p.add(
          where,
          "\"status\" must be one of PASS, FAIL, ERROR, NOT_APPLICABLE, not \""
              + node.path("status").asText("")
              + "\"");
      return Optional.empty();
    }
    JsonNode reason = node.get("reason");
    String reasonText = reason == null || reason.isNull() ? null : reason.asText().strip();
    return Optional.of(new RuleCase.Expected(arn, status, reasonText));
  }

  /**
   * Two recorded calls at the same place in the snapshot layout: the later replaces the earlier.
   */
  private static boolean sameCall(RecordedCall a, RecordedCall b) {
    return Objects.equals(a.accountId(), b.accountId())
        && Objects.equals(a.region(), b.region())
        && Objects.equals(a.service(), b.service())
        && Objects.equals(a.operation(), b.operation())
        && Objects.equals(blankToNull(a.suffix()), blankToNull(b.suffix()));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** Problems of one file, each {@code path: where: message}. */
  private record Problems(String file, List<String> sink) {
    void add(String where, String message) {
      sink.add(file + (where.isEmpty() ? "" : ": " + where) + ": " + message);
    }

    void unknownKeys(String where, JsonNode node, Set<String> allowed) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!allowed.contains(key)) {
          add(where, "unknown key \"" + key + "\"; expected " + new TreeSet<>(allowed));
        }
      }
    }
  }
}
