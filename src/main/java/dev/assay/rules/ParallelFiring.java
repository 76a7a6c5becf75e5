package dev.assay.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Fires groups of facts in parallel sessions on the shared KieBase, one thread per core. */
final class ParallelFiring {

  private static final ExecutorService POOL =
      Executors.newFixedThreadPool(
          Runtime.getRuntime().availableProcessors(),
          task -> {
            Thread t = new Thread(task, "assay-rule-firing");
            t.setDaemon(true);
            return t;
          });

  private ParallelFiring() {}

  /** The firings of each group, in group order. */
  static List<Firings> fire(RuleBase ruleBase, List<List<Object>> groups) {
    List<Future<Firings>> running = new ArrayList<>();
    for (List<Object> group : groups) {
      running.add(POOL.submit(() -> ruleBase.fireInOneSession(group)));
    }
    List<Firings> done = new ArrayList<>();
    for (Future<Firings> future : running) {
      done.add(get(future));
    }
    return done;
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
