package dev.assay.framework;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.assay.fuzz.Fuzz;
import dev.assay.fuzz.Mutator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed framework YAML through the loader: lines dropped, swapped or cut, type tags, aliases
 * (billion laughs), deep nesting, tabs, invalid UTF-8. Each loads or is refused with a {@link
 * FrameworkException} naming the file: no other exception, no crash.
 */
class FrameworkFuzzTest {

  @TempDir Path dir;

  @Test
  void malformedFrameworksLoadOrAreRefusedCleanly() throws IOException {
    Set<String> rules = ruleIds();
    String starter = Files.readString(Path.of("frameworks/genai-starter.yaml"));
    String custom = Files.readString(Path.of("frameworks/genai-starter-bedrock-only.yaml"));
    Files.copy(
        Path.of("frameworks", FrameworkLoader.SCHEMA_FILE),
        dir.resolve(FrameworkLoader.SCHEMA_FILE));
    Mutator mutator = new Mutator(Fuzz.random("frameworks"));
    int loaded = 0;
    int refused = 0;
    for (int i = 0; i < Fuzz.cases(0.1); i++) {
      String base = mutator.yaml(starter);
      Files.writeString(dir.resolve("genai-starter.yaml"), base);
      Files.writeString(
          dir.resolve("genai-starter-bedrock-only.yaml"),
          i % 4 == 0 ? mutator.yaml(custom) : custom);
      try {
        new FrameworkLoader(rules).load(dir);
        loaded++;
      } catch (FrameworkException e) {
        assertTrue(
            e.problems().stream().allMatch(p -> p.contains("genai-starter")),
            "problems name the file: " + e.problems());
        refused++;
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        fail("case " + i + " (seed " + Fuzz.SEED + "): " + e + "\n" + head(base), e);
      }
    }
    assertTrue(loaded > 0 && refused > 0, loaded + " loaded, " + refused + " refused");
  }

  /** The rule IDs of the shipped DRL, read from the text: no need to compile for this. */
  static Set<String> ruleIds() throws IOException {
    Pattern rule = Pattern.compile("^rule \"(\\w+)\"", Pattern.MULTILINE);
    try (Stream<Path> files = Files.list(Path.of("rules"))) {
      return files
          .filter(p -> p.toString().endsWith(".drl"))
          .flatMap(
              p -> {
                try {
                  Matcher m = rule.matcher(Files.readString(p));
                  return m.results().map(r -> r.group(1)).toList().stream();
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .collect(Collectors.toSet());
    }
  }

  private static String head(String text) {
    return text.substring(0, Math.min(600, text.length()));
  }
}
