package dev.assay.framework;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The control library: every control of every loaded framework, standard or custom, and the common
 * controls, searchable by name, keywords and description. Built from a {@link FrameworkCatalog}.
 */
public final class ControlLibrary {

  private final List<LibraryControl> controls;

  private ControlLibrary(List<LibraryControl> controls) {
    this.controls = List.copyOf(controls);
  }

  static ControlLibrary of(FrameworkCatalog catalog) {
    // One entry per (control ID, defining framework): inherited controls are the same entry.
    Map<String, Builder> entries = new LinkedHashMap<>();
    for (Framework framework : catalog.all()) {
      framework
          .controls()
          .forEach(
              control -> {
                String origin = control.origin() == null ? framework.id() : control.origin();
                FrameworkType type =
                    catalog.find(origin).map(Framework::type).orElse(framework.type());
                entries
                    .computeIfAbsent(
                        control.id() + "@" + origin, k -> new Builder(control, origin, type))
                    .frameworks
                    .add(framework.id());
              });
    }
    List<LibraryControl> controls = new ArrayList<>();
    entries.values().forEach(b -> controls.add(b.build()));
    for (CommonControl common : catalog.commonControls().values()) {
      controls.add(common(common, catalog));
    }
    controls.sort(
        Comparator.comparing(LibraryControl::id)
            .thenComparing(LibraryControl::type)
            .thenComparing(
                LibraryControl::definedIn, Comparator.nullsFirst(Comparator.naturalOrder())));
    return new ControlLibrary(controls);
  }

  private static LibraryControl common(CommonControl common, FrameworkCatalog catalog) {
    List<String> usedBy =
        catalog.all().stream()
            .filter(f -> f.controls().anyMatch(c -> common.id().equals(c.common())))
            .map(Framework::id)
            .toList();
    return new LibraryControl(
        common.id(),
        common.name(),
        LibraryType.COMMON,
        null,
        usedBy,
        common.domain(),
        null,
        common.rules(),
        common.dataSources(),
        common.keywords(),
        null,
        common.description());
  }

  /** Every entry, in ID order. */
  public List<LibraryControl> all() {
    return controls;
  }

  /**
   * The entries matching a query, best first (see {@link ControlSearch} for the ranking).
   *
   * @param text words that must all match, in any case; blank matches everything
   * @param type only entries of this type, or {@code null} for all
   * @param framework only entries appearing in this framework, or {@code null} for all
   */
  public List<LibraryControl> search(String text, LibraryType type, String framework) {
    return new ControlSearch(text)
        .rank(
            controls.stream()
                .filter(c -> type == null || c.type() == type)
                .filter(c -> framework == null || c.frameworks().contains(framework))
                .toList());
  }

  private static final class Builder {
    final Control control;
    final String origin;
    final FrameworkType type;
    final List<String> frameworks = new ArrayList<>();

    Builder(Control control, String origin, FrameworkType type) {
      this.control = control;
      this.origin = origin;
      this.type = type;
    }

    LibraryControl build() {
      return new LibraryControl(
          control.id(),
          control.name(),
          LibraryType.of(type),
          origin,
          List.copyOf(frameworks),
          control.domain(),
          control.type(),
          control.rules(),
          control.dataSources(),
          List.of(),
          control.common(),
          control.description());
    }
  }
}
