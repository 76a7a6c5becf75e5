package dev.assay.snapshot;

import java.util.Set;

/** Turns one service's recorded responses in one account and region into facts and gaps. */
public interface Normalizer {

  /** The {@code service.Operation} names this normalizer reads. */
  Set<String> reads();

  /** Whether this normalizer's service lives in the {@code global} region (IAM) or in regions. */
  default boolean global() {
    return false;
  }

  void normalize(ScopeCalls calls, FactSink out);
}
