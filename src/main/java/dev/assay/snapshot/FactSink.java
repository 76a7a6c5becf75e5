package dev.assay.snapshot;

import dev.assay.fact.CollectionGap;
import java.util.ArrayList;
import java.util.List;

/** Where normalizers put the facts and gaps of one account and region. */
public final class FactSink {

  private final List<Object> facts = new ArrayList<>();
  private final List<CollectionGap> gaps = new ArrayList<>();

  public void add(Object fact) {
    facts.add(fact);
  }

  public void gap(CollectionGap gap) {
    gaps.add(gap);
  }

  public List<Object> facts() {
    return facts;
  }

  public List<CollectionGap> gaps() {
    return gaps;
  }
}
