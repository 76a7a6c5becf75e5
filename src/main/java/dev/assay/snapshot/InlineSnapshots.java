package dev.assay.snapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Builds a {@link Snapshot} from calls sent inline (the HTTP API), validating each as a file is.
 */
public final class InlineSnapshots {

  /** Where each of the first calls is, worded once per process rather than once per call. */
  private static final String[] WHERE = new String[4096];

  // The operations some rule reads, by service: looked up without joining the two names of every
  // call into a new string.
  private final Map<String, Set<String>> knownOperations = new HashMap<>();

  public InlineSnapshots(Set<String> knownOperations) {
    for (String known : knownOperations) {
      int dot = known.indexOf('.');
      if (dot > 0) {
        // Services and operations hold no dot (SnapshotLayout), so the first one splits them.
        this.knownOperations
            .computeIfAbsent(known.substring(0, dot), service -> new HashSet<>())
            .add(known.substring(dot + 1));
      }
    }
  }

  /**
   * The names one request has already shown valid, per pattern. A one-account request repeats the
   * same account, region and service on every call: matching each against its regex again was 6% of
   * a request's CPU (RequestCost under JFR). Per build, so nothing is shared between threads.
   */
  private static final class SeenValid {
    private final Map<Pattern, Set<String>> valid = new HashMap<>();

    boolean contains(Pattern pattern, String value) {
      Set<String> seen = valid.get(pattern);
      return seen != null && seen.contains(value);
    }

    void add(Pattern pattern, String value) {
      valid.computeIfAbsent(pattern, p -> new HashSet<>()).add(value);
    }
  }

  public Snapshot build(List<RecordedCall> entries) {
    if (entries == null || entries.isEmpty()) {
      throw new SnapshotException("responses: at least one recorded call is required");
    }
    List<ApiCall> calls = new ArrayList<>();
    TreeSet<Scope> scopes = new TreeSet<>();
    List<String> skipped = new ArrayList<>();
    SeenValid seen = new SeenValid();
    Scope scope = null;
    for (int i = 0; i < entries.size(); i++) {
      String where = where(i);
      RecordedCall entry = entries.get(i);
      if (entry == null) {
        throw new SnapshotException(where + ": must be an object");
      }
      require(seen, where, "accountId", entry.accountId(), SnapshotLayout.ACCOUNT);
      require(seen, where, "region", entry.region(), SnapshotLayout.REGION);
      require(seen, where, "service", entry.service(), SnapshotLayout.SERVICE);
      require(seen, where, "operation", entry.operation(), SnapshotLayout.OPERATION);
      if (scope == null
          || !scope.accountId().equals(entry.accountId())
          || !scope.region().equals(entry.region())) {
        // Calls of one scope usually come together: one Scope per run of them, not per call.
        scope = new Scope(entry.accountId(), entry.region());
        scopes.add(scope);
      }
      Set<String> operations = knownOperations.get(entry.service());
      if (operations == null || !operations.contains(entry.operation())) {
        skipped.add(where + ": no rule reads " + entry.service() + " " + entry.operation());
        continue;
      }
      if ((entry.response() == null) == (entry.error() == null)) {
        throw new SnapshotException(
            where + ": exactly one of \"response\" or \"error\" is required");
      }
      String suffix = entry.suffix() == null ? "" : entry.suffix();
      calls.add(
          CallParser.parseParts(
              entry.accountId(),
              entry.region(),
              entry.service(),
              entry.operation(),
              suffix,
              entry.request(),
              entry.response(),
              entry.error(),
              where));
    }
    return new Snapshot(calls, scopes, skipped);
  }

  private static String where(int index) {
    if (index >= WHERE.length) {
      return "responses[" + index + "]";
    }
    String where = WHERE[index];
    if (where == null) {
      // A race only words the same string twice; a String is safe to publish without a lock.
      where = "responses[" + index + "]";
      WHERE[index] = where;
    }
    return where;
  }

  private static void require(
      SeenValid seen, String where, String field, String value, Pattern pattern) {
    if (value != null && seen.contains(pattern, value)) {
      return;
    }
    if (value == null || value.isBlank()) {
      throw new SnapshotException(where + ": \"" + field + "\" is required");
    }
    if (!pattern.matcher(value).matches()) {
      throw new SnapshotException(where + ": \"" + field + "\" is not valid: " + value);
    }
    seen.add(pattern, value);
  }
}
