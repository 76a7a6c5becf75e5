package dev.assay.snapshot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An AWS response snapshot: the recorded calls of every collected account and region, plus what was
 * offered but not understood (unknown files or operations), which results report as skipped.
 */
public final class Snapshot {

  private final List<ApiCall> calls;
  private final SortedSet<Scope> scopes;
  private final List<String> skipped;
  // Scope, then service: a composite string key cost a Scope and two string builds per call.
  private final Map<Scope, Map<String, List<ApiCall>>> byScopeAndService = new HashMap<>();

  public Snapshot(List<ApiCall> calls, SortedSet<Scope> scopes, List<String> skipped) {
    this.calls = List.copyOf(calls);
    this.scopes = Collections.unmodifiableSortedSet(new TreeSet<>(scopes));
    List<String> sortedSkips = new ArrayList<>(skipped);
    Collections.sort(sortedSkips);
    this.skipped = List.copyOf(sortedSkips);
    // Calls arrive grouped by scope, and mostly by service within it (files sort by name), so the
    // previous call's group usually serves again: a lookup per call was most of this loop.
    Scope last = null;
    Map<String, List<ApiCall>> scopeCalls = null;
    List<ApiCall> serviceCalls = null;
    String lastService = null;
    for (ApiCall call : this.calls) {
      if (last == null
          || !last.accountId().equals(call.accountId())
          || !last.region().equals(call.region())) {
        last = new Scope(call.accountId(), call.region());
        scopeCalls = byScopeAndService.computeIfAbsent(last, k -> new HashMap<>());
        lastService = null;
      }
      if (!call.service().equals(lastService)) {
        lastService = call.service();
        serviceCalls = scopeCalls.computeIfAbsent(lastService, k -> new ArrayList<>());
      }
      serviceCalls.add(call);
    }
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
    List<ApiCall> found = byScopeAndService.getOrDefault(scope, Map.of()).get(service);
    return found == null ? List.of() : Collections.unmodifiableList(found);
  }
}
