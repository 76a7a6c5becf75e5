package dev.assay.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RuleLinesTest {

  private static final String SOURCE =
      String.join(
          "\n",
          "package dev.assay.rules.secure;",
          "",
          "rule a_b_c",
          "when then end",
          "",
          "  rule \"a_b\"",
          "when then end",
          "\trule",
          "   a_b_d when then end",
          "rule \"with spaces\" when then end");

  @Test
  void findsEachRuleOnItsOwnLineNotAtALongerNameOrABlankLineAbove() {
    RuleLines lines = RuleLines.of(SOURCE);

    assertEquals(3, lines.lineOf("a_b_c"));
    assertEquals(6, lines.lineOf("a_b"));
    assertEquals(8, lines.lineOf("a_b_d"));
    assertEquals(10, lines.lineOf("with spaces"));
    assertEquals(0, lines.lineOf("missing_rule"));
  }

  @Test
  void countsLinesAsTheLoaderDoes() {
    RuleLines lines = RuleLines.of(SOURCE);

    for (int offset = 0; offset <= SOURCE.length(); offset++) {
      assertEquals(RuleBaseLoader.lineOf(SOURCE, offset), lines.lineAt(offset));
    }
  }

  @Test
  void agreesWithASearchPerRuleOnEveryShippedRule() throws IOException {
    Pattern anyName = Pattern.compile("^[ \\t]*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
    for (Domain domain : Domain.values()) {
      String source = Files.readString(ShippedRules.RULES.resolve(domain.drlFile()));
      RuleLines lines = RuleLines.of(source);
      Matcher names = anyName.matcher(source);
      int found = 0;
      while (names.find()) {
        String id = names.group(1);
        assertEquals(searched(source, id), lines.lineOf(id), id);
        found++;
      }
      assertTrue(found > 0, domain.drlFile());
    }
  }

  /** The search per rule that {@link RuleLines} replaces. */
  private static int searched(String source, String id) {
    String quoted = Pattern.quote(id);
    Matcher m =
        Pattern.compile(
                "^[ \\t]*rule\\s+(?:\"" + quoted + "\"|" + quoted + "(?![\\w\"]))",
                Pattern.MULTILINE)
            .matcher(source);
    return m.find() ? RuleBaseLoader.lineOf(source, m.start()) : 0;
  }
}
