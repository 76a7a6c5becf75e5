package dev.assay.api;

import dev.assay.evaluation.AssayEngine;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** {@code GET /api/v1/rules}: what the loaded rule base checks. */
@Controller("/api/v1/rules")
public class RuleController {

  private final AssayEngine engine;

  public RuleController(AssayEngine engine) {
    this.engine = engine;
  }

  @Get
  public RuleCatalogueView rules() {
    return RuleCatalogueView.of(engine.ruleBase());
  }
}
