package dev.assay.api;

import dev.assay.evaluation.AssayEngine;
import dev.assay.evaluation.UnknownFrameworkException;
import dev.assay.framework.FrameworkException;
import dev.assay.rules.RuleBaseException;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the engine when the service starts, not on the first request: a broken rule base or
 * framework must stop the service from starting, with every problem in the log, rather than turn
 * each request into an error later.
 */
@Factory
public class EngineFactory {

  private static final Logger LOG = LoggerFactory.getLogger(EngineFactory.class);

  @Context
  public AssayEngine assayEngine(AssayConfiguration config) {
    long start = System.nanoTime();
    try {
      AssayEngine engine =
          AssayEngine.load(config.rulesDir(), config.frameworksDir(), config.defaultFramework());
      // The default framework is checked here so a typo in it fails startup, not every request.
      engine.framework(null);
      LOG.info(
          "Loaded {} rules (rule base {}) from {} and {} frameworks from {} in {} ms",
          engine.ruleBase().rules().size(),
          engine.ruleBase().version(),
          config.rulesDir(),
          engine.frameworks().frameworks().size(),
          config.frameworksDir(),
          (System.nanoTime() - start) / 1_000_000);
      return engine;
    } catch (RuleBaseException e) {
      LOG.error("Rule base in {} rejected; the service will not start:", config.rulesDir());
      e.problems().forEach(problem -> LOG.error("  {}", problem));
      throw e;
    } catch (FrameworkException e) {
      LOG.error("Frameworks in {} rejected; the service will not start:", config.frameworksDir());
      e.problems().forEach(problem -> LOG.error("  {}", problem));
      throw e;
    } catch (UnknownFrameworkException e) {
      LOG.error("Default framework rejected; the service will not start: {}", e.getMessage());
      throw e;
    }
  }
}
