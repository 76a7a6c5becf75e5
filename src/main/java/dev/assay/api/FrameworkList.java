package dev.assay.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.assay.framework.Framework;
import java.util.List;

/**
 * The body of {@code GET /api/v1/frameworks}: a summary of each loaded framework. An object rather
 * than a bare array, so fields can be added without breaking clients.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FrameworkList(List<Summary> frameworks) {

  /**
   * @param defaultFramework whether evaluations use this framework when they name none
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Summary(
      String id,
      String name,
      String version,
      String description,
      int controlSetCount,
      int controlCount,
      boolean defaultFramework) {

    static Summary of(Framework framework, String defaultId) {
      return new Summary(
          framework.id(),
          framework.name(),
          framework.version(),
          framework.description(),
          framework.controlSets().size(),
          (int) framework.controls().count(),
          framework.id().equals(defaultId));
    }
  }
}
