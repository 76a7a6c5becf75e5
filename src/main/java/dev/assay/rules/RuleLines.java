package dev.assay.rules;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line of each rule declaration in one DRL source, found in one pass over it: a search per rule
 * (a pattern compiled and the source scanned from the top each time) grew with rules times source
 * size, a visible part of loading the rule base.
 */
final class RuleLines {

  // Any rule declaration, quoted or not. [ \t]*, not \s*: with MULTILINE, \s* would start the
  // match on a blank line above the rule.
  private static final Pattern ANY_RULE =
      Pattern.compile("^[ \\t]*rule\\s+(?:\"([^\"\\n]*)\"|(\\w+)(?![\\w\"]))", Pattern.MULTILINE);

  private final String source;
  private final int[] lineStarts;
  private final Map<String, Integer> firstOffset = new HashMap<>();

  private RuleLines(String source) {
    this.source = source;
    this.lineStarts = lineStarts(source);
    Matcher m = ANY_RULE.matcher(source);
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(2);
      firstOffset.putIfAbsent(name, m.start());
    }
  }

  static RuleLines of(String source) {
    return new RuleLines(source);
  }

  /** The line where rule {@code id} is declared, 1-based; 0 when it is not found. */
  int lineOf(String id) {
    Integer offset = firstOffset.get(id);
    return offset != null ? lineAt(offset) : searched(id);
  }

  /** For a name the one-pass pattern does not take apart (none of the valid IDs): a search. */
  private int searched(String id) {
    // The ID must end where the name ends, so rule "a_b" is not found at rule "a_b_c".
    String quoted = Pattern.quote(id);
    Matcher m =
        Pattern.compile(
                "^[ \\t]*rule\\s+(?:\"" + quoted + "\"|" + quoted + "(?![\\w\"]))",
                Pattern.MULTILINE)
            .matcher(source);
    return m.find() ? lineAt(m.start()) : 0;
  }

  /** 1-based line of a character offset, as {@link RuleBaseLoader#lineOf} counts it. */
  int lineAt(int offset) {
    int clamped = Math.min(Math.max(offset, 0), source.length());
    int found = Arrays.binarySearch(lineStarts, clamped);
    // A line starts at every index after a newline; the line of an offset is the number of line
    // starts at or before it (a newline itself belongs to the line it ends).
    return found >= 0 ? found + 1 : -found - 1;
  }

  private static int[] lineStarts(String source) {
    int count = 1;
    for (int i = 0; i < source.length(); i++) {
      if (source.charAt(i) == '\n') {
        count++;
      }
    }
    int[] starts = new int[count];
    int line = 1;
    for (int i = 0; i < source.length(); i++) {
      if (source.charAt(i) == '\n') {
        starts[line++] = i + 1;
      }
    }
    return starts;
  }
}
