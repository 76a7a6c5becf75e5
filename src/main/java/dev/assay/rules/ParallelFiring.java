package dev.assay.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Fires groups of facts in parallel sessions and merges what the rules inserted. */
final class ParallelFiring {

  /**
   * Below this many facts one session is as fast (an HTTP evaluation of one account, a rule case),
   * and results keep the exact order one session gives.
   */
  static final int MIN_FACTS = 20_000;

  private static final ExecutorService POOL =
      Executors.newFixedThreadPool(
          Runtime.getRuntime().availableProcessors(),
          task -> {
            Thread t = new Thread(task, "assay-rule-firing");
            t.setDaemon(true);
            return t;
          });

  private ParallelFiring() {}

  static Firings fire(RuleBase ruleBase, List<List<Object>> groups) {
    if (groups.size() == 1) {
      return ruleBase.fireInOneSession(groups.get(0));
    }
    List<Future<Firings>> running = new ArrayList<>();
    for (List<Object> group : groups) {
      running.add(POOL.submit(() -> ruleBase.fireInOneSession(group)));
    }
    // Facts every group shares (the evaluation context) can make a rule fire once per group: the
    // same violation twice, which the sets fold into one.
    Set<Violation> violations = new LinkedHashSet<>();
    Set<EvidenceRequest> requests = new LinkedHashSet<>();
    TreeSet<String> fired = new TreeSet<>();
    for (Future<Firings> future : running) {
      Firings firings = get(future);
      violations.addAll(firings.violations());
      requests.addAll(firings.evidenceRequests());
      fired.addAll(firings.firedRules());
    }
    return new Firings(List.copyOf(violations), List.copyOf(requests), fired);
  }

  private static Firings get(Future<Firings> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while firing rules", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
