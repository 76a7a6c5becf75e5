package dev.assay.collect;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The outcome of a collection: where it went, what it did, and every gap by name. */
public record CollectResult(
    Path output,
    int accounts,
    int regions,
    List<String> services,
    int calls,
    int resources,
    List<Gap> gaps,
    List<Gap> notOffered,
    Duration took) {

  /** Whether every call was answered (a service a region does not offer is an answer). */
  public boolean complete() {
    return gaps.isEmpty();
  }

  /** The summary a person reads: one headline, then every gap and every service not offered. */
  public List<String> summary() {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "Collected %s (%s) from %s and %s into %s in %.1f s: %s, %s, %s.",
            plural(services.size(), "service"),
            String.join(", ", services),
            plural(accounts, "account"),
            plural(regions, "account region"),
            output,
            took.toMillis() / 1000.0,
            plural(calls, "call"),
            plural(resources, "resource"),
            plural(gaps.size(), "gap")));
    if (!gaps.isEmpty()) {
      lines.add("Gaps (recorded as errors; what they hide evaluates to ERROR):");
      gaps.stream().map(g -> "  " + g).sorted().forEach(lines::add);
    }
    if (!notOffered.isEmpty()) {
      lines.add("Not offered in the region (recorded as " + CallErrors.NOT_IN_REGION + "):");
      notOffered.stream().map(g -> "  " + g).sorted().forEach(lines::add);
    }
    return lines;
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
