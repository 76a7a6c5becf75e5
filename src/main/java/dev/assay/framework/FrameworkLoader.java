package dev.assay.framework;

import com.networknt.schema.JsonSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Loads a frameworks directory: the common controls of {@code library/common-controls.yaml}, then
 * every {@code *.yaml} framework file, each checked against the framework JSON Schema, custom
 * frameworks resolved onto their bases, and all checked for what a schema cannot say (unique IDs,
 * rules that exist, bases that exist and form no cycle). All problems are reported at once, each
 * naming the file and the field.
 */
public final class FrameworkLoader {

  public static final String SCHEMA_FILE = "framework.schema.json";

  private final Set<String> knownRules;

  /**
   * @param knownRules the rule IDs of the rule base that frameworks may reference
   */
  public FrameworkLoader(Set<String> knownRules) {
    this.knownRules = Set.copyOf(knownRules);
  }

  public FrameworkCatalog load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new FrameworkException(List.of(dir + ": frameworks directory not found"));
    }
    List<String> problems = new ArrayList<>();
    StringBuilder manifest = new StringBuilder();
    Map<String, CommonControl> commons =
        new CommonControlLoader(knownRules).load(dir, problems, manifest);
    Map<String, FrameworkDocument> documents = documents(dir, problems, manifest);
    Map<String, Framework> frameworks =
        new FrameworkResolver(
                documents, new FrameworkBinder(commons), new ControlChecks(knownRules), problems)
            .resolveAll();
    uniqueDefinitions(frameworks, documents, commons, problems);
    frameworks.values().forEach(f -> renames(f, documents.get(f.id()).file(), problems));
    if (documents.isEmpty() && problems.isEmpty()) {
      problems.add(dir + ": no framework files (*.yaml)");
    }
    if (!problems.isEmpty()) {
      throw new FrameworkException(problems);
    }
    return new FrameworkCatalog(
        frameworks, "sha256:" + sha256(manifest.toString()).substring(0, 16), commons);
  }

  /** The schema-valid framework files by framework ID. */
  private static Map<String, FrameworkDocument> documents(
      Path dir, List<String> sink, StringBuilder manifest) {
    JsonSchema schema = SchemaFiles.schema(dir, SCHEMA_FILE);
    Map<String, FrameworkDocument> documents = new TreeMap<>();
    for (Path file : frameworkFiles(dir)) {
      String name = file.getFileName().toString();
      Problems problems = new Problems(name, sink);
      try {
        String text = SchemaFiles.readFile(file);
        manifest.append(name).append(' ').append(sha256(text)).append('\n');
        SchemaFiles.read(text, schema, problems, "id, name, version and controlSets")
            .map(node -> new FrameworkDocument(name, node, sha256(text)))
            .filter(document -> namedForItsFile(document, problems))
            .ifPresent(
                document -> {
                  if (documents.putIfAbsent(document.id(), document) != null) {
                    problems.add("", "framework id " + document.id() + " is used by another file");
                  }
                });
      } catch (IOException e) {
        problems.add("", "cannot read: " + e.getMessage());
      }
    }
    return documents;
  }

  private static boolean namedForItsFile(FrameworkDocument document, Problems problems) {
    String id = document.id();
    if (document.file().equals(id + ".yaml") || document.file().equals(id + ".yml")) {
      return true;
    }
    problems.add("", "id " + id + " must match the file name (" + id + ".yaml)");
    return false;
  }

  /**
   * A control is a library object: the framework that defines it owns its ID, and no other
   * framework nor common control may define another control under that ID. (Inheriting or
   * overriding it is not defining it.)
   */
  private static void uniqueDefinitions(
      Map<String, Framework> frameworks,
      Map<String, FrameworkDocument> documents,
      Map<String, CommonControl> commons,
      List<String> sink) {
    Map<String, String> definedBy = new HashMap<>();
    commons.keySet().forEach(id -> definedBy.put(id, CommonControlLoader.FILE));
    for (Framework framework : frameworks.values()) {
      Framework base = framework.extendsId() == null ? null : frameworks.get(framework.extendsId());
      String file = documents.get(framework.id()).file();
      framework
          .controls()
          .filter(c -> framework.id().equals(c.origin()))
          .filter(c -> base == null || base.control(c.id()).isEmpty())
          .forEach(
              c -> {
                String other = definedBy.putIfAbsent(c.id(), file);
                if (other != null) {
                  new Problems(file, sink)
                      .add(
                          "control " + c.id(),
                          "id is already defined by "
                              + other
                              + "; control IDs are unique across frameworks");
                }
              });
    }
  }

  /**
   * An old ID names one control only, and no control that still exists: otherwise results stored
   * under it could not be read as one control's.
   */
  private static void renames(Framework framework, String file, List<String> sink) {
    Map<String, String> claimedBy = new HashMap<>();
    framework
        .controls()
        .forEach(
            c ->
                c.renamedFrom()
                    .forEach(
                        old -> {
                          if (framework.control(old).isPresent()) {
                            new Problems(file, sink)
                                .add(
                                    "control " + c.id() + ": renamedFrom",
                                    old + " is still a control of " + framework.id());
                          }
                          String other = claimedBy.putIfAbsent(old, c.id());
                          if (other != null) {
                            new Problems(file, sink)
                                .add(
                                    "control " + c.id() + ": renamedFrom",
                                    old + " is already renamed to " + other);
                          }
                        }));
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

  static String sha256(String text) {
    return SchemaFiles.sha256(text);
  }
}
