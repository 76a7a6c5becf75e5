package dev.assay.framework;

import dev.assay.fact.ResourceTypes;
import java.util.HashSet;
import java.util.Set;

/**
 * What the schema cannot say about a resolved framework: unique IDs, rules that exist, and, for
 * controls built from a common control or changed by an override, the fields their type needs. Only
 * the controls the framework's own file defines or overrides are checked: inherited ones were
 * checked in their base's file, where the fix belongs.
 */
final class ControlChecks {

  private final Set<String> knownRules;

  ControlChecks(Set<String> knownRules) {
    this.knownRules = knownRules;
  }

  /**
   * @param base the resolved base of a custom framework, or {@code null}
   */
  void check(Framework framework, Framework base, Problems problems) {
    Set<String> setIds = new HashSet<>();
    Set<String> controlIds = new HashSet<>();
    for (ControlSet set : framework.controlSets()) {
      if (!setIds.add(set.id())) {
        problems.add("controlSets", "duplicate control set id " + set.id());
      }
      for (Control control : set.controls()) {
        boolean overridden = base != null && base.control(control.id()).isPresent();
        String where = overridden ? "override." + control.id() : "control " + control.id();
        if (!controlIds.add(control.id())) {
          problems.add(where, "duplicate control id");
        }
        if (framework.id().equals(control.origin())) {
          check(control, where, problems);
        }
      }
    }
  }

  private void check(Control control, String where, Problems problems) {
    for (String rule : control.rules()) {
      if (!knownRules.contains(rule)) {
        problems.add(field(where, "rules"), "no rule " + rule + " in the rule base");
      }
    }
    if (!control.type().equals(ControlType.MANUAL) && control.rules().isEmpty()) {
      problems.add(
          field(where, "rules"), "a " + label(control) + " control needs at least one rule");
    }
    EvidenceSpec evidence = control.evidence();
    if (control.type().needsManualEvidence()) {
      if (evidence == null) {
        problems.add(
            field(where, "evidence"),
            "a " + label(control) + " control needs evidence (instructions, cadence, inputType)");
      } else {
        requireEvidence(evidence.instructions(), "instructions", where, problems);
        requireEvidence(evidence.cadence(), "cadence", where, problems);
        requireEvidence(evidence.inputType(), "inputType", where, problems);
      }
    }
    if (evidence != null
        && evidence.appliesTo() != null
        && ResourceTypes.find(evidence.appliesTo()).isEmpty()) {
      problems.add(
          field(where, "evidence.appliesTo"), "unknown resource type " + evidence.appliesTo());
    }
  }

  private static void requireEvidence(Object value, String name, String where, Problems problems) {
    if (value == null) {
      problems.add(field(where, "evidence." + name), "is required for a manual or hybrid control");
    }
  }

  private static String label(Control control) {
    return control.type().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** {@code override.X.rules} for overrides, {@code control X: rules} as before for controls. */
  private static String field(String where, String field) {
    return where.startsWith("override.") ? where + "." + field : where + ": " + field;
  }
}
