package dev.assay.assessment;

/** One control set of an assessment, copied from the framework at creation. */
public record AssessmentControlSet(String controlSetId, String name, ControlSetStatus status) {}
