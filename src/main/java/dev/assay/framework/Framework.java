package dev.assay.framework;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A compliance framework: control sets of controls, loaded from {@code frameworks/<id>.yaml}.
 *
 * @param version the author's version label
 * @param contentHash a hash of the file the framework was loaded from, so results can be traced to
 *     the exact framework text
 */
public record Framework(
    String id,
    String name,
    String version,
    String description,
    String complianceType,
    List<ControlSet> controlSets,
    String contentHash) {

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

  /** IDs of the controls that list {@code ruleId}, in framework order. */
  public List<String> controlsUsing(String ruleId) {
    return controls().filter(c -> c.rules().contains(ruleId)).map(Control::id).toList();
  }
}
