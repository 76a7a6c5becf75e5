package dev.assay.framework;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The frameworks loaded from one directory, by ID.
 *
 * @param version a hash over every framework file, for tracing results to framework text
 */
public record FrameworkCatalog(Map<String, Framework> frameworks, String version) {

  public Optional<Framework> find(String id) {
    return Optional.ofNullable(frameworks.get(id));
  }

  public Collection<Framework> all() {
    return frameworks.values();
  }
}
