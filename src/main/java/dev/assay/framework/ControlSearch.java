package dev.assay.framework;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A simple relevance ranking for the control library. Every word of the query must occur, case
 * insensitively, in some field of an entry. Each word scores by the best field it occurs in: ID or
 * name 3, keywords, data sources, rules, domain or common control 2, description 1; entries rank by
 * the sum, then by ID. What an analyst types is usually part of a control's name, so the name
 * weighs most; prose mentions many things in passing, so it weighs least.
 */
final class ControlSearch {

  private static final int NAME = 3;
  private static final int KEYWORD = 2;
  private static final int DESCRIPTION = 1;

  private final List<String> terms;

  ControlSearch(String text) {
    this.terms =
        text == null || text.isBlank()
            ? List.of()
            : Arrays.stream(text.toLowerCase(Locale.ROOT).strip().split("\\s+")).toList();
  }

  List<LibraryControl> rank(List<LibraryControl> candidates) {
    record Scored(LibraryControl control, int score) {}
    List<Scored> matches = new ArrayList<>();
    for (LibraryControl control : candidates) {
      int score = score(control);
      if (score >= 0) {
        matches.add(new Scored(control, score));
      }
    }
    matches.sort(
        Comparator.comparingInt(Scored::score)
            .reversed()
            .thenComparing(s -> s.control().id())
            .thenComparing(s -> s.control().type()));
    return matches.stream().map(Scored::control).toList();
  }

  /** The entry's score, or -1 when some word occurs nowhere in it. */
  int score(LibraryControl c) {
    int total = 0;
    for (String term : terms) {
      int best = 0;
      if (contains(c.id(), term) || contains(c.name(), term)) {
        best = NAME;
      } else if (any(c.keywords(), term)
          || any(c.dataSources(), term)
          || any(c.rules(), term)
          || contains(c.domain(), term)
          || contains(c.common(), term)) {
        best = KEYWORD;
      } else if (contains(c.description(), term)) {
        best = DESCRIPTION;
      }
      if (best == 0) {
        return -1;
      }
      total += best;
    }
    return total;
  }

  private static boolean any(List<String> values, String term) {
    return values != null && values.stream().anyMatch(v -> contains(v, term));
  }

  private static boolean contains(String value, String term) {
    return value != null && value.toLowerCase(Locale.ROOT).contains(term);
  }
}
