package dev.assay.framework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A compliance framework: control sets of controls, loaded from {@code frameworks/<id>.yaml}. A
 * custom framework that extends another is held resolved: its control sets are the base's, tailored
 * by the file's {@code include}, {@code exclude} and {@code override}, plus its own.
 *
 * @param version the author's version label
 * @param contentHash a hash of the file the framework was loaded from, so results can be traced to
 *     the exact framework text
 * @param type standard (shipped) or custom
 * @param extendsId the framework this one extends, or {@code null}
 * @param baseContentHash the base's {@link #resolvedHash()}, which covers the base's whole chain,
 *     or {@code null} when the framework extends none
 */
public record Framework(
    String id,
    String name,
    String version,
    String description,
    String complianceType,
    List<ControlSet> controlSets,
    String contentHash,
    FrameworkType type,
    String extendsId,
    String baseContentHash) {

  /** A framework that extends none; kept for callers written before custom frameworks. */
  public Framework(
      String id,
      String name,
      String version,
      String description,
      String complianceType,
      List<ControlSet> controlSets,
      String contentHash) {
    this(
        id,
        name,
        version,
        description,
        complianceType,
        controlSets,
        contentHash,
        FrameworkType.CUSTOM,
        null,
        null);
  }

  /**
   * A hash of everything the resolved framework was built from: its own file and, for a custom
   * framework, its base's resolved hash. Equal to {@link #contentHash()} for a framework that
   * extends none.
   */
  public String resolvedHash() {
    return baseContentHash == null
        ? contentHash
        : FrameworkLoader.sha256(contentHash + "\n" + baseContentHash);
  }

  public Stream<Control> controls() {
    return controlSets.stream().flatMap(set -> set.controls().stream());
  }

  public Optional<Control> control(String controlId) {
    return controls().filter(c -> c.id().equals(controlId)).findFirst();
  }

  /** The control set a control belongs to. */
  public Optional<ControlSet> controlSetOf(String controlId) {
    return controlSets.stream()
        .filter(set -> set.controls().stream().anyMatch(c -> c.id().equals(controlId)))
        .findFirst();
  }

  /**
   * Old control IDs and the controls that now carry them ({@code renamedFrom}), so results stored
   * under an old ID can be read as the renamed control's.
   */
  public Map<String, String> renames() {
    Map<String, String> renames = new LinkedHashMap<>();
    controls().forEach(c -> c.renamedFrom().forEach(old -> renames.putIfAbsent(old, c.id())));
    return Map.copyOf(renames);
  }

  /** The ID a control has now: its own, or the control's that was renamed from it. */
  public String currentId(String controlId) {
    return renames().getOrDefault(controlId, controlId);
  }

  /** IDs of the controls that list {@code ruleId}, in framework order. */
  public List<String> controlsUsing(String ruleId) {
    return controls().filter(c -> c.rules().contains(ruleId)).map(Control::id).toList();
  }
}
