package dev.assay.evaluation;

/**
 * The status of one control, with the finding counts it was decided from.
 *
 * @param openTasks manual-evidence tasks outstanding for the control
 */
public record ControlResult(
    String controlId,
    String controlSetId,
    String name,
    ControlStatus status,
    int pass,
    int fail,
    int error,
    int notApplicable,
    int openTasks) {}
