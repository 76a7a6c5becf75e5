package dev.assay.api;

import dev.assay.evaluation.AssayEngine;
import dev.assay.evaluation.UnknownFrameworkException;
import dev.assay.framework.ControlSearchResult;
import dev.assay.framework.LibraryType;
import dev.assay.reload.EngineHolder;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/v1/controls?q=&type=&framework=}: searches the control library (standard, custom
 * and common controls). Answers with the document {@code controls search --format json} prints.
 */
@Controller("/api/v1/controls")
public class ControlController {

  static final String INVALID_QUERY = "urn:assay:problem:invalid-query";

  private final EngineHolder engines;

  public ControlController(EngineHolder engines) {
    this.engines = engines;
  }

  /**
   * @param q words that must all occur in a control, in any case; none lists the whole library
   * @param type {@code standard}, {@code custom} or {@code common}; anything else is a 400 problem
   * @param framework only controls of this framework; an unknown ID is a 404 problem
   */
  @Get(produces = MediaType.APPLICATION_JSON)
  public HttpResponse<byte[]> search(
      @Nullable @QueryValue String q,
      @Nullable @QueryValue String type,
      @Nullable @QueryValue String framework) {
    LibraryType libraryType = type == null || type.isBlank() ? null : libraryType(type);
    String frameworkId = framework == null || framework.isBlank() ? null : framework;
    AssayEngine engine = engines.current();
    if (frameworkId != null && engine.frameworks().find(frameworkId).isEmpty()) {
      throw new UnknownFrameworkException(frameworkId, engine.frameworks());
    }
    ControlSearchResult result =
        ControlSearchResult.of(engine.frameworks().library(), q, libraryType, frameworkId);
    return HttpResponse.ok(result.toJson().getBytes(StandardCharsets.UTF_8))
        .contentType(MediaType.APPLICATION_JSON_TYPE);
  }

  private static LibraryType libraryType(String type) {
    try {
      return LibraryType.parse(type);
    } catch (IllegalArgumentException e) {
      throw new ApiException(
          HttpStatus.BAD_REQUEST, INVALID_QUERY, "Invalid query parameter", e.getMessage());
    }
  }
}
