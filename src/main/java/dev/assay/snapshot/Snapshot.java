package dev.assay.snapshot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An AWS response snapshot: the recorded calls of every collected account and region, plus what was
 * offered but not understood (unknown files or operations), which results report as skipped.
 */
public final class Snapshot {

  private final List<ApiCall> calls;
  private final SortedSet<Scope> scopes;
  private final List<String> skipped;
  private final Map<String, List<ApiCall>> byScopeAndService;

  public Snapshot(List<ApiCall> calls, SortedSet<Scope> scopes, List<String> skipped) {
    this.calls = List.copyOf(calls);
    this.scopes = Collections.unmodifiableSortedSet(new TreeSet<>(scopes));
    List<String> sortedSkips = new ArrayList<>(skipped);
    Collections.sort(sortedSkips);
    this.skipped = List.copyOf(sortedSkips);
    this.byScopeAndService =
        this.calls.stream()
            .collect(
                Collectors.groupingBy(
                    c -> new Scope(c.accountId(), c.region()) + "/" + c.service(),
                    Collectors.toList()));
  }

  public List<ApiCall> calls() {
    return calls;
  }

  /** Every account and region the snapshot covers, including those with no calls at all. */
  public SortedSet<Scope> scopes() {
    return scopes;
  }

  public List<String> skipped() {
    return skipped;
  }

  /** The calls of one service in one account and region, in snapshot order. */
  public List<ApiCall> callsIn(Scope scope, String service) {
    return byScopeAndService.getOrDefault(scope.toString() + "/" + service, List.of());
  }
}
