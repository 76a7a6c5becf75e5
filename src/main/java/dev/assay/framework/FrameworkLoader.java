package dev.assay.framework;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.assay.fact.ResourceTypes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Loads {@code frameworks/*.yaml}: each file is checked against the framework JSON Schema, then
 * for what a schema cannot say (unique IDs, rules that exist). All problems are reported at once,
 * each naming the file and the field.
 */
public final class FrameworkLoader {

  public static final String SCHEMA_FILE = "framework.schema.json";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Set<String> knownRules;

  /** @param knownRules the rule IDs of the rule base that frameworks may reference */
  public FrameworkLoader(Set<String> knownRules) {
    this.knownRules = Set.copyOf(knownRules);
  }

  public FrameworkCatalog load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new FrameworkException(List.of(dir + ": frameworks directory not found"));
    }
    JsonSchema schema = schema(dir);
    List<String> problems = new ArrayList<>();
    Map<String, Framework> frameworks = new TreeMap<>();
    StringBuilder manifest = new StringBuilder();
    for (Path file : frameworkFiles(dir)) {
      String name = file.getFileName().toString();
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        manifest.append(name).append(' ').append(sha256(text)).append('\n');
        parse(name, text, schema, problems)
            .ifPresent(
                f -> {
                  if (frameworks.putIfAbsent(f.id(), f) != null) {
                    problems.add(name + ": framework id " + f.id() + " is used by another file");
                  }
                });
      } catch (IOException e) {
        problems.add(name + ": cannot read: " + e.getMessage());
      }
    }
    if (frameworks.isEmpty() && problems.isEmpty()) {
      problems.add(dir + ": no framework files (*.yaml)");
    }
    if (!problems.isEmpty()) {
      throw new FrameworkException(problems);
    }
    return new FrameworkCatalog(frameworks, "sha256:" + sha256(manifest.toString()).substring(0, 16));
  }

  private Optional<Framework> parse(
      String name, String text, JsonSchema schema, List<String> problems) {
    JsonNode node;
    try {
      node = YAML.readTree(text);
    } catch (IOException e) {
      problems.add(name + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
      return Optional.empty();
    }
    if (node == null || !node.isObject()) {
      problems.add(name + ": expected a mapping with id, name, version and controlSets");
      return Optional.empty();
    }
    int before = problems.size();
    for (ValidationMessage message : schema.validate(node)) {
      problems.add(name + ": " + message.getMessage());
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    Framework framework = FrameworkBinder.bind(node, sha256(text));
    String expectedFile = framework.id() + ".yaml";
    if (!name.equals(expectedFile) && !name.equals(framework.id() + ".yml")) {
      problems.add(name + ": id " + framework.id() + " must match the file name (" + expectedFile + ")");
    }
    checkReferences(name, framework, problems);
    return problems.size() > before ? Optional.empty() : Optional.of(framework);
  }

  private void checkReferences(String name, Framework framework, List<String> problems) {
    Set<String> setIds = new HashSet<>();
    Set<String> controlIds = new HashSet<>();
    for (ControlSet set : framework.controlSets()) {
      if (!setIds.add(set.id())) {
        problems.add(name + ": controlSets: duplicate control set id " + set.id());
      }
      for (Control control : set.controls()) {
        String where = name + ": control " + control.id();
        if (!controlIds.add(control.id())) {
          problems.add(where + ": duplicate control id");
        }
        for (String rule : control.rules()) {
          if (!knownRules.contains(rule)) {
            problems.add(where + ": rules: no rule " + rule + " in the rule base");
          }
        }
        if (control.evidence() != null
            && control.evidence().appliesTo() != null
            && ResourceTypes.find(control.evidence().appliesTo()).isEmpty()) {
          problems.add(
              where + ": evidence.appliesTo: unknown resource type " + control.evidence().appliesTo());
        }
      }
    }
  }

  private static List<Path> frameworkFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new FrameworkException(List.of(dir + ": cannot list: " + e.getMessage()));
    }
  }

  /** The schema beside the frameworks if there is one, else the one Assay ships. */
  private static JsonSchema schema(Path dir) {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    Path local = dir.resolve(SCHEMA_FILE);
    try {
      if (Files.isRegularFile(local)) {
        return factory.getSchema(JSON.readTree(local.toFile()));
      }
      try (InputStream bundled = FrameworkLoader.class.getResourceAsStream("/" + SCHEMA_FILE)) {
        if (bundled == null) {
          throw new FrameworkException(List.of(SCHEMA_FILE + ": not found beside the frameworks"));
        }
        return factory.getSchema(JSON.readTree(bundled));
      }
    } catch (IOException e) {
      throw new FrameworkException(List.of(SCHEMA_FILE + ": cannot read: " + e.getMessage()));
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
