package dev.assay.api;

import dev.assay.evaluation.AssayEngine;
import dev.assay.evaluation.UnknownFrameworkException;
import dev.assay.framework.Framework;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;

/** {@code GET /api/v1/frameworks[/{id}]}: the loaded frameworks. */
@Controller("/api/v1/frameworks")
public class FrameworkController {

  private final AssayEngine engine;

  public FrameworkController(AssayEngine engine) {
    this.engine = engine;
  }

  @Get
  public FrameworkList list() {
    String defaultId = engine.defaultFramework();
    return new FrameworkList(
        engine.frameworks().all().stream()
            .map(framework -> FrameworkList.Summary.of(framework, defaultId))
            .toList());
  }

  /** The whole framework, with its control sets and controls; an unknown ID is a 404 problem. */
  @Get("/{id}")
  public Framework framework(@PathVariable String id) {
    // Looked up directly: engine.framework() reads a blank ID as "the default", a path must not.
    return engine
        .frameworks()
        .find(id)
        .orElseThrow(() -> new UnknownFrameworkException(id, engine.frameworks()));
  }
}
