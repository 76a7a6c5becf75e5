package dev.assay.framework;

import java.util.List;

/**
 * One entry of the control library: a control as one framework file defines it, or a common
 * control. A custom framework that overrides a control adds an entry of type custom with the same
 * ID, as Audit Manager's "editable copy" of a standard control.
 *
 * @param type standard, custom or common
 * @param definedIn the framework whose file defines this version of the control; {@code null} for
 *     common controls
 * @param frameworks the frameworks this version appears in; for a common control, the frameworks
 *     with a control reusing it
 * @param controlType automated, manual or hybrid; {@code null} for common controls, which are
 *     always checked by rules
 * @param keywords a common control's search terms; empty for framework controls
 * @param common the common control a framework control reuses, or {@code null}
 */
public record LibraryControl(
    String id,
    String name,
    LibraryType type,
    String definedIn,
    List<String> frameworks,
    String domain,
    ControlType controlType,
    List<String> rules,
    List<String> dataSources,
    List<String> keywords,
    String common,
    String description) {}
