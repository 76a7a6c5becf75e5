package dev.assay.api;

import dev.assay.assessment.store.StoreDatabase;
import dev.assay.evaluation.AssayEngine;
import dev.assay.reload.EngineHolder;
import dev.assay.reload.EngineRejectedException;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.context.annotation.Requires;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the engine when the service starts, not on the first request: a broken rule base or
 * framework must stop the service from starting, with every problem in the log, rather than turn
 * each request into an error later. Loading starts early, in {@link EngineLoading}, and overlaps
 * the rest of startup; this factory waits for it. Later changes go through the same check in {@link
 * EngineHolder#reload}, which keeps the last good engine when they fail it.
 */
@Factory
// Service only: not in the CLI's store-only context.
@Requires(notEnv = StoreDatabase.ENVIRONMENT)
public class EngineFactory {

  private static final Logger LOG = LoggerFactory.getLogger(EngineFactory.class);

  @Context
  public EngineHolder engineHolder(AssayConfiguration config, EngineLoading loading) {
    try {
      EngineHolder holder = loading.await();
      AssayEngine engine = holder.current();
      LOG.info(
          "Loaded {} rules (rule base {}) from {} and {} frameworks from {} in {} ms",
          engine.ruleBase().rules().size(),
          engine.ruleBase().version(),
          config.rulesDir(),
          engine.frameworks().frameworks().size(),
          config.frameworksDir(),
          (System.nanoTime() - loading.startNanos()) / 1_000_000);
      return holder;
    } catch (EngineRejectedException e) {
      LOG.error(
          "Rules in {} or frameworks in {} rejected; the service will not start:",
          config.rulesDir(),
          config.frameworksDir());
      e.problems().forEach(problem -> LOG.error("  {}", problem));
      throw e;
    }
  }

  /**
   * The engine serving at the moment of injection. Beans that live longer than a request must
   * inject {@link EngineHolder} instead and ask it per request, or they keep a stale engine after a
   * reload.
   */
  @Bean
  @Prototype
  public AssayEngine assayEngine(EngineHolder holder) {
    return holder.current();
  }
}
