package dev.assay.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * The one way Assay reads YAML (frameworks, rule metadata, parameters, rule cases, manual
 * evidence): plain data only. Before Jackson builds the tree, the text is walked as SnakeYAML
 * events and refused when it is larger or deeper than {@link YamlLimits}, carries a type tag other
 * than the core schema's ({@code !!java.net.URL} and friends never reach a constructor), or uses an
 * alias ({@code *name}), which is how "billion laughs" documents grow: Jackson does not expand
 * aliases anyway, so refusing them also keeps a file from meaning something else than it says.
 */
public final class SafeYaml {

  private static final String CORE = "tag:yaml.org,2002:";
  private static final Set<String> PLAIN_TAGS =
      Set.of("str", "int", "float", "bool", "null", "map", "seq", "timestamp");
  // SnakeYAML's own 3 MB default would undercut a configured yaml-max-chars above it; the check
  // before parsing enforces the configured limit.
  private static final ObjectMapper MAPPER =
      new ObjectMapper(YAMLFactory.builder().loaderOptions(unlimited()).build());

  private SafeYaml() {}

  /** Thrown for YAML that is too large or deep, or not plain data. The message names the spot. */
  public static final class UnsafeYamlException extends IOException {
    public UnsafeYamlException(String message) {
      super(message);
    }
  }

  /**
   * Checks the text (see the class comment), then parses it; {@code null} for an empty document.
   */
  public static JsonNode readTree(String text) throws IOException {
    check(text);
    return MAPPER.readTree(text);
  }

  /** Refuses what {@link #readTree} refuses, without building a tree. */
  public static void check(String text) throws UnsafeYamlException {
    YamlLimits limits = YamlLimits.current();
    if (text.length() > limits.maxChars()) {
      throw new UnsafeYamlException(
          "the YAML has "
              + text.length()
              + " characters, more than the limit of "
              + limits.maxChars()
              + " (assay.limits.yaml-max-chars)");
    }
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(0);
    options.setCodePointLimit(Math.max(1, limits.maxChars()));
    options.setNestingDepthLimit(limits.maxDepth());
    int depth = 0;
    try {
      for (Event event : new Yaml(new SafeConstructor(options)).parse(new StringReader(text))) {
        if (event instanceof AliasEvent alias) {
          throw refused(
              event.getStartMark(),
              "the alias *"
                  + alias.getAnchor()
                  + " is refused: YAML aliases are not supported; write the value out");
        }
        String tag =
            event instanceof ScalarEvent scalar
                ? scalar.getTag()
                : event instanceof CollectionStartEvent start ? start.getTag() : null;
        if (tag != null && !plain(tag)) {
          throw refused(
              event.getStartMark(),
              "the tag "
                  + shortTag(tag)
                  + " is refused: YAML here is plain data (strings, numbers, booleans, lists,"
                  + " mappings), never typed objects");
        }
        if (event instanceof CollectionStartEvent && ++depth > limits.maxDepth()) {
          throw refused(
              event.getStartMark(),
              "the YAML nests deeper than the limit of "
                  + limits.maxDepth()
                  + " levels (assay.limits.yaml-max-depth)");
        }
        if (event instanceof CollectionEndEvent) {
          depth--;
        }
      }
    } catch (YAMLException e) {
      // Syntax errors are reported by Jackson with its own wording; only limits are ours.
      String message = String.valueOf(e.getMessage());
      if (message.contains("code points") || message.contains("exceeds the limit")) {
        throw new UnsafeYamlException(
            "the YAML is too large: " + message.lines().findFirst().get());
      }
    }
  }

  private static LoaderOptions unlimited() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    return options;
  }

  private static boolean plain(String tag) {
    if (tag.equals("!")) {
      return true;
    }
    return tag.startsWith(CORE) && PLAIN_TAGS.contains(tag.substring(CORE.length()));
  }

  private static String shortTag(String tag) {
    return tag.startsWith(CORE) ? "!!" + tag.substring(CORE.length()) : tag;
  }

  private static UnsafeYamlException refused(Mark mark, String what) {
    String where =
        mark == null
            ? ""
            : "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ": ";
    return new UnsafeYamlException(where + what);
  }
}
