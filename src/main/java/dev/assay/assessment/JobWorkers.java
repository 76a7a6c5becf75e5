package dev.assay.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Works through a list with at most {@code parallelism} items at a time, asking before each item
 * whether to stop: a stop lets the items in progress finish and starts no new one.
 */
final class JobWorkers {

  private final int parallelism;
  private final BooleanSupplier stop;

  JobWorkers(int parallelism, BooleanSupplier stop) {
    this.parallelism = parallelism;
    this.stop = stop;
  }

  <T> void each(List<T> items, Consumer<T> work) {
    Queue<T> queue = new ConcurrentLinkedQueue<>(items);
    Runnable worker =
        () -> {
          T item;
          while (!stop.getAsBoolean() && (item = queue.poll()) != null) {
            work.accept(item);
          }
        };
    int workers = Math.min(parallelism, items.size());
    if (workers <= 1) {
      worker.run();
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(workers, Reevaluations.daemon("assay-reevaluation-worker"));
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < workers; i++) {
        running.add(pool.submit(worker));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw new IllegalStateException("a re-evaluation worker failed", e.getCause());
    } finally {
      pool.shutdown();
    }
  }
}
