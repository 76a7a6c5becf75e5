package dev.assay.fact;

/**
 * One contextual grounding filter of a guardrail: {@code GROUNDING} or {@code RELEVANCE}, with its
 * confidence threshold (0 to 0.99), action ({@code BLOCK} or {@code NONE}) and whether it is on.
 */
public record GroundingFilter(
    String guardrailArn, String type, double threshold, String action, boolean enabled) {}
