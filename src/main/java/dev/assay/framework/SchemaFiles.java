package dev.assay.framework;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.assay.digest.ContentHash;
import dev.assay.json.SafeYaml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reading YAML documents and checking them against the JSON Schemas Assay ships. */
final class SchemaFiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SchemaFiles() {}

  /**
   * The schema beside the YAML files if there is one, else the one Assay ships in the jar: a
   * frameworks directory may carry its own schema version.
   */
  static JsonSchema schema(Path dir, String fileName) {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    Path local = dir.resolve(fileName);
    try {
      if (Files.isRegularFile(local)) {
        return factory.getSchema(JSON.readTree(local.toFile()));
      }
      try (InputStream bundled = SchemaFiles.class.getResourceAsStream("/" + fileName)) {
        if (bundled == null) {
          throw new FrameworkException(List.of(fileName + ": not found beside the frameworks"));
        }
        return factory.getSchema(JSON.readTree(bundled));
      }
    } catch (IOException e) {
      throw new FrameworkException(List.of(fileName + ": cannot read: " + e.getMessage()));
    }
  }

  /**
   * Parses a YAML mapping and validates it; empty, with the problems recorded, when it is not YAML,
   * not a mapping or not valid.
   */
  static Optional<JsonNode> read(String text, JsonSchema schema, Problems problems, String shape) {
    JsonNode node;
    try {
      node = SafeYaml.readTree(text);
    } catch (IOException e) {
      problems.add("", "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
      return Optional.empty();
    }
    if (node == null || !node.isObject()) {
      problems.add("", "expected a mapping with " + shape);
      return Optional.empty();
    }
    int before = problems.count();
    for (ValidationMessage message : schema.validate(node)) {
      problems.add("", message.getMessage());
    }
    return problems.count() > before ? Optional.empty() : Optional.of(node);
  }

  static String readFile(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  static String sha256(String text) {
    return ContentHash.of(text);
  }
}
