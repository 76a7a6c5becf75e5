package dev.assay.collect;

import java.util.ArrayList;
import java.util.List;

/** What one task (or the whole collection) did: calls, resources listed, gaps. Thread-safe. */
public final class Tally {

  private int calls;
  private int resources;
  private final List<Gap> gaps = new ArrayList<>();
  private final List<Gap> notOffered = new ArrayList<>();

  synchronized void call() {
    calls++;
  }

  synchronized void resources(int count) {
    resources += count;
  }

  /** A failed call: a gap, unless the region simply does not offer it. */
  synchronized void failed(Gap gap) {
    if (CallErrors.NOT_IN_REGION.equals(gap.code())) {
      notOffered.add(gap);
    } else {
      gaps.add(gap);
    }
  }

  synchronized void add(Tally other) {
    Tally copy = other.copy();
    calls += copy.calls;
    resources += copy.resources;
    gaps.addAll(copy.gaps);
    notOffered.addAll(copy.notOffered);
  }

  private synchronized Tally copy() {
    Tally copy = new Tally();
    copy.calls = calls;
    copy.resources = resources;
    copy.gaps.addAll(gaps);
    copy.notOffered.addAll(notOffered);
    return copy;
  }

  public synchronized int calls() {
    return calls;
  }

  public synchronized int resources() {
    return resources;
  }

  public synchronized List<Gap> gaps() {
    return List.copyOf(gaps);
  }

  public synchronized List<Gap> notOffered() {
    return List.copyOf(notOffered);
  }
}
