package dev.assay.framework;

import java.util.List;

/** A group of controls, one per domain in the GenAI frameworks. */
public record ControlSet(String id, String name, String description, List<Control> controls) {}
