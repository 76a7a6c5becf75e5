package dev.assay.api;

import dev.assay.evaluation.AssayEngine;
import dev.assay.evaluation.UnknownFrameworkException;
import dev.assay.framework.Framework;
import dev.assay.reload.EngineHolder;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;

/** {@code GET /api/v1/frameworks[/{id}]}: the loaded frameworks. */
@Controller("/api/v1/frameworks")
public class FrameworkController {

  private final EngineHolder engines;

  public FrameworkController(EngineHolder engines) {
    this.engines = engines;
  }

  @Get
  public FrameworkList list() {
    AssayEngine engine = engines.current();
    String defaultId = engine.defaultFramework();
    return new FrameworkList(
        engine.frameworks().all().stream()
            .map(framework -> FrameworkList.Summary.of(framework, defaultId))
            .toList());
  }

  /** The whole framework, with its control sets and controls; an unknown ID is a 404 problem. */
  @Get("/{id}")
  public Framework framework(@PathVariable String id) {
    AssayEngine engine = engines.current();
    // Looked up directly: engine.framework() reads a blank ID as "the default", a path must not.
    return engine
        .frameworks()
        .find(id)
        .orElseThrow(() -> new UnknownFrameworkException(id, engine.frameworks()));
  }
}
