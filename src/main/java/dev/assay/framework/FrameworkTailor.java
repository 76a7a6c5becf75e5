package dev.assay.framework;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds a custom framework from its resolved base and its file: the base's control sets narrowed
 * by {@code include}, less {@code exclude}, with {@code override} applied, plus the file's own
 * control sets. Nothing of the base is copied into the file, so a new base version flows through.
 */
final class FrameworkTailor {

  private final FrameworkBinder binder;

  FrameworkTailor(FrameworkBinder binder) {
    this.binder = binder;
  }

  Framework tailor(Framework base, JsonNode node, String contentHash, Problems problems) {
    String id = node.get("id").asText();
    Set<String> include = selection(node, "include", base, problems);
    Set<String> exclude = selection(node, "exclude", base, problems);
    Map<String, MutableSet> sets = select(base, include, exclude);
    applyOverrides(node.path("override"), base, id, sets, problems);
    addOwnSets(node.path("controlSets"), base, id, sets, problems);
    List<ControlSet> controlSets = new ArrayList<>();
    sets.values().stream()
        .filter(set -> !set.controls.isEmpty())
        .forEach(set -> controlSets.add(set.freeze()));
    if (controlSets.isEmpty()) {
      problems.add("", "no controls left: include, exclude and controlSets select none");
    }
    return new Framework(
        id,
        node.get("name").asText(),
        node.get("version").asText(),
        FrameworkBinder.text(node, "description"),
        or(FrameworkBinder.text(node, "complianceType"), base.complianceType()),
        List.copyOf(controlSets),
        contentHash,
        FrameworkBinder.type(node),
        base.id(),
        base.resolvedHash());
  }

  /** The IDs of an include or exclude list, each checked against the base. */
  private static Set<String> selection(
      JsonNode node, String field, Framework base, Problems problems) {
    if (!node.has(field)) {
      return null;
    }
    Set<String> ids = new LinkedHashSet<>(FrameworkBinder.strings(node.get(field)));
    for (String selected : ids) {
      boolean isSet = base.controlSets().stream().anyMatch(s -> s.id().equals(selected));
      if (!isSet && base.control(selected).isEmpty()) {
        problems.add(field, "no control or control set " + selected + " in " + base.id());
      }
    }
    return ids;
  }

  /**
   * The base's sets and controls that {@code include} keeps (all without it) and exclude spares.
   */
  private static Map<String, MutableSet> select(
      Framework base, Set<String> include, Set<String> exclude) {
    Map<String, MutableSet> sets = new LinkedHashMap<>();
    for (ControlSet set : base.controlSets()) {
      MutableSet kept = new MutableSet(set.id(), set.name(), set.description());
      sets.put(set.id(), kept);
      if (exclude != null && exclude.contains(set.id())) {
        continue;
      }
      boolean wholeSet = include == null || include.contains(set.id());
      for (Control control : set.controls()) {
        boolean included = wholeSet || include.contains(control.id());
        if (included && (exclude == null || !exclude.contains(control.id()))) {
          kept.controls.add(control);
        }
      }
    }
    return sets;
  }

  private static void applyOverrides(
      JsonNode overrides,
      Framework base,
      String id,
      Map<String, MutableSet> sets,
      Problems problems) {
    for (Iterator<Map.Entry<String, JsonNode>> it = overrides.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String where = "override." + entry.getKey();
      if (base.control(entry.getKey()).isEmpty()) {
        problems.add(where, "no such control in " + base.id());
        continue;
      }
      boolean applied = false;
      for (MutableSet set : sets.values()) {
        for (int i = 0; i < set.controls.size(); i++) {
          if (set.controls.get(i).id().equals(entry.getKey())) {
            set.controls.set(i, override(set.controls.get(i), entry.getValue(), id));
            applied = true;
          }
        }
      }
      if (!applied) {
        problems.add(where, "control " + entry.getKey() + " is left out by include or exclude");
      }
    }
  }

  /** The base control with the override's fields; the override makes it this framework's. */
  static Control override(Control c, JsonNode o, String origin) {
    return new Control(
        c.id(),
        or(FrameworkBinder.text(o, "name"), c.name()),
        or(FrameworkBinder.text(o, "description"), c.description()),
        c.domain(),
        o.has("type")
            ? ControlType.valueOf(o.get("type").asText().toUpperCase(Locale.ROOT))
            : c.type(),
        o.has("rules") ? FrameworkBinder.strings(o.get("rules")) : c.rules(),
        o.has("dataSources") ? FrameworkBinder.strings(o.get("dataSources")) : c.dataSources(),
        or(FrameworkBinder.text(o, "testingInformation"), c.testingInformation()),
        o.has("actionPlan") ? FrameworkBinder.actionPlan(o.get("actionPlan")) : c.actionPlan(),
        FrameworkBinder.evidence(o.get("evidence"), c.evidence()),
        c.common(),
        origin,
        c.renamedFrom());
  }

  /**
   * The file's own control sets: a set with the ID of a base set adds its controls there (and may
   * rename it), any other set is new and needs a name.
   */
  private void addOwnSets(
      JsonNode ownSets,
      Framework base,
      String id,
      Map<String, MutableSet> sets,
      Problems problems) {
    for (JsonNode node : ownSets) {
      String setId = node.get("id").asText();
      MutableSet set = sets.get(setId);
      String name = FrameworkBinder.text(node, "name");
      if (set == null && name == null) {
        problems.add(
            "controlSets." + setId,
            "name is required for a control set " + base.id() + " does not have");
        continue;
      }
      if (set == null) {
        set = new MutableSet(setId, name, null);
        sets.put(setId, set);
      }
      set.name = or(name, set.name);
      set.description = or(FrameworkBinder.text(node, "description"), set.description);
      for (Control control : binder.controls(node, id, problems)) {
        if (base.control(control.id()).isPresent()) {
          problems.add(
              "control " + control.id(),
              "id is already a control of " + base.id() + "; change it with override instead");
        } else {
          set.controls.add(control);
        }
      }
    }
  }

  private static String or(String value, String fallback) {
    return value != null ? value : fallback;
  }

  /** A control set while it is being tailored. */
  private static final class MutableSet {
    final String id;
    String name;
    String description;
    final List<Control> controls = new ArrayList<>();

    MutableSet(String id, String name, String description) {
      this.id = id;
      this.name = name;
      this.description = description;
    }

    ControlSet freeze() {
      return new ControlSet(id, name, description, List.copyOf(controls));
    }
  }
}
