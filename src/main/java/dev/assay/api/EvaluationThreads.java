package dev.assay.api;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads evaluations run on ({@code @ExecuteOn(EvaluationThreads.NAME)}): as many as there are
 * cores unless configured, the other requests waiting in order. An evaluation is pure CPU, so more
 * threads than cores only share the cores out finer: every request in flight takes longer, holds
 * its memory longer and the collector works harder, and the slowest requests (p99) suffer most.
 * Blocking work (database, files) stays on Micronaut's I/O pool.
 */
@Factory
public class EvaluationThreads {

  /** The executor's name for {@code @ExecuteOn}. */
  public static final String NAME = "assay-evaluation";

  @Singleton
  @Named(NAME)
  @Bean(preDestroy = "shutdown")
  public ExecutorService evaluationExecutor(
      @Value("${assay.http.evaluation-threads:0}") int configured) {
    int threads = configured > 0 ? configured : Runtime.getRuntime().availableProcessors();
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory =
        runnable -> {
          Thread thread = new Thread(runnable, "assay-evaluation-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        };
    return Executors.newFixedThreadPool(threads, factory);
  }
}
