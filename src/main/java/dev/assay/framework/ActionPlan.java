package dev.assay.framework;

/** What to do when a control is not met. */
public record ActionPlan(String title, String instructions) {}
