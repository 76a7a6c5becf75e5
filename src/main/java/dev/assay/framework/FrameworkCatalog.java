package dev.assay.framework;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The frameworks loaded from one directory, by ID, with the common controls of its library.
 *
 * @param version a hash over every framework file and the common controls file, for tracing results
 *     to framework text
 * @param commonControls the common controls by ID
 */
public record FrameworkCatalog(
    Map<String, Framework> frameworks, String version, Map<String, CommonControl> commonControls) {

  /** A catalog without common controls. */
  public FrameworkCatalog(Map<String, Framework> frameworks, String version) {
    this(frameworks, version, Map.of());
  }

  public Optional<Framework> find(String id) {
    return Optional.ofNullable(frameworks.get(id));
  }

  public Collection<Framework> all() {
    return frameworks.values();
  }

  /** Every control of every framework, and the common controls, ready to search. */
  public ControlLibrary library() {
    return ControlLibrary.of(this);
  }
}
