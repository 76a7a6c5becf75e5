package dev.assay.fact;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Resolves the resource type names rules use in {@code @resourceType}: the simple name of a {@link
 * Resource} record in this package annotated with {@link ResourceKind}. Adding a fact type needs no
 * registration anywhere else.
 */
public final class ResourceTypes {

  /**
   * One resource type.
   *
   * @param service the AWS service (endpoint prefix) the resource belongs to
   * @param global whether the resource lives in the {@code global} region (IAM)
   * @param usageFamily the family whose use in a region this resource proves, or {@code null}
   * @param idNoun the last ARN segment for a scope-wide finding ({@code notebook-instance})
   */
  public record Type(
      String name,
      Class<? extends Resource> factClass,
      String service,
      boolean global,
      String usageFamily,
      String idNoun) {

    public boolean regionLevel() {
      return RegionLevel.class.isAssignableFrom(factClass);
    }
  }

  private static final Map<String, Optional<Type>> CACHE = new ConcurrentHashMap<>();

  private static final Pattern TYPE_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");

  private ResourceTypes() {}

  public static Optional<Type> find(String name) {
    if (name == null) {
      return Optional.empty();
    }
    // Looked up for every rule and gap of every evaluation: answer known names before matching
    // the name pattern, which cost more than the lookup itself.
    Optional<Type> known = CACHE.get(name);
    if (known != null) {
      return known;
    }
    if (!TYPE_NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    return CACHE.computeIfAbsent(name, ResourceTypes::resolve);
  }

  public static Type of(String name) {
    return find(name)
        .orElseThrow(() -> new IllegalArgumentException("unknown resource type " + name));
  }

  private static Optional<Type> resolve(String name) {
    Class<?> candidate;
    try {
      candidate = Class.forName(ResourceTypes.class.getPackageName() + "." + name);
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
    ResourceKind kind = candidate.getAnnotation(ResourceKind.class);
    if (kind == null || !Resource.class.isAssignableFrom(candidate)) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    Class<? extends Resource> factClass = (Class<? extends Resource>) candidate;
    return Optional.of(
        new Type(
            name,
            factClass,
            kind.service(),
            kind.global(),
            kind.usageFamily().isEmpty() ? null : kind.usageFamily(),
            kind.idNoun()));
  }
}
