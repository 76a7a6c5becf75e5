package dev.assay.api;

import dev.assay.assessment.store.StoreDatabase;
import dev.assay.reload.EngineHolder;
import dev.assay.reload.EngineSource;
import dev.assay.rules.RuleBaseLoader;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts compiling the rule base and loading the frameworks on a thread of its own as the first
 * thing the service does, so that it overlaps the rest of startup (the database pool, Flyway, the
 * HTTP server's beans) instead of following it. {@link EngineFactory} waits for the result before
 * the server starts, so the service is never up without rules and a broken rule base still stops
 * it.
 */
// Service only: not in the CLI's store-only context.
@Requires(notEnv = StoreDatabase.ENVIRONMENT)
@Context
@Order(Ordered.HIGHEST_PRECEDENCE)
public class EngineLoading {

  private final long startNanos = System.nanoTime();
  private final CompletableFuture<EngineHolder> holder = new CompletableFuture<>();
  private final Path rulesDir;

  public EngineLoading(AssayConfiguration config, ReloadConfiguration reload) {
    this.rulesDir = config.rulesDir();
    EngineSource source =
        new EngineSource(
            config.rulesDir(),
            config.frameworksDir(),
            config.defaultFramework(),
            reload.casesDir());
    Thread loader =
        new Thread(
            () -> {
              try {
                holder.complete(EngineHolder.start(source, Clock.systemUTC()));
              } catch (Throwable e) {
                holder.completeExceptionally(e);
              }
            },
            "assay-engine-load");
    loader.setDaemon(true);
    loader.start();
  }

  /**
   * After a start from compiled rules ({@code CompiledRuleCache}) the compiler has never run in
   * this JVM, and the first rule edit would pay seconds for loading and JIT-compiling it: compile
   * the rules once in the background, once the server is up so that it does not delay readiness.
   */
  @EventListener
  public void warmUpCompiler(ServerStartupEvent started) {
    if (RuleBaseLoader.compilerWarm()) {
      return;
    }
    Thread warmUp =
        new Thread(
            () -> {
              try {
                RuleBaseLoader.warmUpCompiler(rulesDir);
              } catch (RuntimeException e) {
                // Only a warm-up: a reload compiles and reports for itself.
              }
            },
            "assay-compiler-warm-up");
    warmUp.setDaemon(true);
    warmUp.setPriority(Thread.MIN_PRIORITY);
    warmUp.start();
  }

  /** When loading started, for the log line. */
  long startNanos() {
    return startNanos;
  }

  /**
   * Waits for the engine.
   *
   * @throws dev.assay.reload.EngineRejectedException when the files cannot serve
   */
  EngineHolder await() {
    try {
      return holder.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }
}
