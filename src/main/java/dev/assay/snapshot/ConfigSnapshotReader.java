package dev.assay.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * Reads an AWS Config configuration snapshot or configuration history file (the JSON, or gzip JSON,
 * Config delivers to S3: {@code {"fileVersion", "configurationItems": [...]}}) as a snapshot. Items
 * of the types in {@link ConfigItemMapping} become the List and Describe calls a collection would
 * have recorded, those of {@link ConfigResourceCalls} (S3, CloudTrail, Bedrock, IAM) the calls it
 * names; other types are reported as skipped; deleted and unrecorded items are ignored, since they
 * describe nothing that exists. A history file may hold several items of one resource: the latest
 * capture wins. Everything Config does not record stays uncollected, so the rules that need it
 * report ERROR, never PASS.
 */
final class ConfigSnapshotReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ConfigSnapshotReader() {}

  static boolean looksLikeConfigFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(file) && (name.endsWith(".json") || name.endsWith(".json.gz"));
  }

  static Snapshot read(Path file) {
    JsonNode root = parse(file);
    JsonNode items = root.path("configurationItems");
    if (!root.isObject() || !items.isArray()) {
      throw new SnapshotException(
          file.getFileName() + ": not an AWS Config snapshot (no \"configurationItems\" array)");
    }
    // scope -> mapping -> resource name -> latest item
    Map<Scope, Map<ConfigItemMapping, Map<String, JsonNode>>> found = new TreeMap<>();
    TreeSet<Scope> scopes = new TreeSet<>();
    Map<String, Integer> unmapped = new TreeMap<>();
    // type -> scope -> resource name -> latest item, for the types of ConfigResourceCalls
    Map<ConfigResourceCalls, Map<Scope, Map<String, JsonNode>>> resources = new LinkedHashMap<>();
    int index = 0;
    for (JsonNode item : items) {
      String where = file.getFileName() + " configurationItems[" + index++ + "]";
      String status = text(item, "configurationItemStatus", "");
      if (status.startsWith("ResourceDeleted") || status.equals("ResourceNotRecorded")) {
        continue;
      }
      String account = text(item, "awsAccountId", text(item, "accountId", null));
      String region = text(item, "awsRegion", null);
      String type = text(item, "resourceType", null);
      if (account == null || !SnapshotLayout.ACCOUNT.matcher(account).matches()) {
        throw new SnapshotException(where + ": awsAccountId must be 12 digits");
      }
      if (region == null || !SnapshotLayout.REGION.matcher(region).matches()) {
        throw new SnapshotException(where + ": awsRegion is not a region name: " + region);
      }
      if (type == null) {
        throw new SnapshotException(where + ": no resourceType");
      }
      var resourceCalls = ConfigResourceCalls.of(type);
      // Config writes "global" for IAM items; an older or converted file may name a region.
      Scope scope =
          new Scope(
              account,
              resourceCalls.isPresent() && resourceCalls.get().global() ? Scope.GLOBAL : region);
      scopes.add(scope);
      if (resourceCalls.isPresent()) {
        String key = resourceCalls.get().key().apply(item, configuration(item, where));
        if (key == null) {
          throw new SnapshotException(where + ": no resourceId or resourceName");
        }
        resources
            .computeIfAbsent(resourceCalls.get(), r -> new TreeMap<>())
            .computeIfAbsent(scope, s -> new TreeMap<>())
            .merge(key, item, ConfigSnapshotReader::later);
        continue;
      }
      var mapping = ConfigItemMapping.of(type);
      if (mapping.isEmpty()) {
        unmapped.merge(type, 1, Integer::sum);
        continue;
      }
      JsonNode configuration = configuration(item, where);
      String name =
          text(
              configuration,
              mapping.get().nameField(),
              text(item, "resourceName", text(item, "resourceId", null)));
      if (name == null) {
        throw new SnapshotException(where + ": no resourceId or resourceName");
      }
      found
          .computeIfAbsent(scope, s -> new LinkedHashMap<>())
          .computeIfAbsent(mapping.get(), m -> new TreeMap<>())
          .merge(name, item, ConfigSnapshotReader::later);
    }
    if (scopes.isEmpty()) {
      throw new SnapshotException(
          file.getFileName() + ": no configuration items of live resources");
    }
    List<String> skipped = new ArrayList<>();
    unmapped.forEach(
        (type, n) ->
            skipped.add(
                file.getFileName()
                    + ": "
                    + n
                    + " "
                    + type
                    + " item(s): no rule reads this resource type from AWS Config (read: "
                    + String.join(", ", ConfigItemMapping.knownTypes())
                    + ")"));
    List<ApiCall> calls = calls(file, found);
    String source = file.getFileName().toString();
    resources.forEach(
        (r, byScope) ->
            byScope.forEach(
                (scope, byName) -> {
                  Map<String, JsonNode[]> withConfiguration = new TreeMap<>();
                  byName.forEach(
                      (name, item) ->
                          withConfiguration.put(
                              name, new JsonNode[] {item, configuration(item, source)}));
                  calls.addAll(r.calls().calls(scope, withConfiguration, source));
                }));
    return new Snapshot(calls, scopes, skipped);
  }

  private static List<ApiCall> calls(
      Path file, Map<Scope, Map<ConfigItemMapping, Map<String, JsonNode>>> found) {
    List<ApiCall> calls = new ArrayList<>();
    String source = file.getFileName().toString();
    found.forEach(
        (scope, byMapping) ->
            byMapping.forEach(
                (m, byName) -> {
                  ObjectNode list = NODES.objectNode();
                  var listed = list.putArray(m.listItemsField());
                  byName.forEach(
                      (name, item) -> {
                        String arn = text(item, "ARN", text(item, "arn", null));
                        ObjectNode response = capitalized(configuration(item, source));
                        response.put(m.nameField(), name);
                        if (arn != null) {
                          response.put(m.arnField(), arn);
                        }
                        ObjectNode summary = listed.addObject().put(m.nameField(), name);
                        if (arn != null) {
                          summary.put(m.arnField(), arn);
                        }
                        ObjectNode request = NODES.objectNode().put(m.requestField(), name);
                        calls.add(
                            ConfigCall.of(
                                scope,
                                m.service(),
                                m.describeOperation(),
                                name,
                                request,
                                response,
                                source));
                      });
                  calls.add(
                      ConfigCall.of(
                          scope,
                          m.service(),
                          m.listOperation(),
                          "",
                          NODES.objectNode(),
                          list,
                          source));
                }));
    return calls;
  }

  /** {@code configuration} is an object in delivered files and a JSON string from the API. */
  private static JsonNode configuration(JsonNode item, String where) {
    JsonNode c = item.path("configuration");
    if (c.isTextual()) {
      try {
        c = JSON.readTree(c.asText());
      } catch (JsonProcessingException e) {
        throw new SnapshotException(
            where + ": configuration is not JSON: " + e.getOriginalMessage());
      }
    }
    return c.isObject() ? c : NODES.objectNode();
  }

  /** Config spells fields as the Describe response does, or in camelCase: make them PascalCase. */
  static ObjectNode capitalized(JsonNode node) {
    ObjectNode out = NODES.objectNode();
    node.fields()
        .forEachRemaining(
            e -> {
              String key = e.getKey();
              String pascal =
                  key.isEmpty() ? key : Character.toUpperCase(key.charAt(0)) + key.substring(1);
              out.set(pascal, capitalizedValue(e.getValue()));
            });
    return out;
  }

  private static JsonNode capitalizedValue(JsonNode value) {
    if (value.isObject()) {
      return capitalized(value);
    }
    if (value.isArray()) {
      var array = NODES.arrayNode();
      value.forEach(v -> array.add(capitalizedValue(v)));
      return array;
    }
    return value;
  }

  private static JsonNode later(JsonNode a, JsonNode b) {
    String ta = text(a, "configurationItemCaptureTime", "");
    String tb = text(b, "configurationItemCaptureTime", "");
    return tb.compareTo(ta) >= 0 ? b : a;
  }

  private static String text(JsonNode node, String field, String fallback) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || !v.isValueNode() ? fallback : v.asText();
  }

  private static JsonNode parse(Path file) {
    try (InputStream in = open(file)) {
      return JSON.readTree(in);
    } catch (JsonProcessingException e) {
      throw new SnapshotException(
          file.getFileName()
              + ": malformed JSON at line "
              + e.getLocation().getLineNr()
              + ": "
              + e.getOriginalMessage());
    } catch (IOException e) {
      throw new SnapshotException(file.getFileName() + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static InputStream open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
        ? new GZIPInputStream(in)
        : in;
  }
}
