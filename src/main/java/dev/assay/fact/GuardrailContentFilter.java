package dev.assay.fact;

/**
 * One content filter of a {@link Guardrail}: a category ({@code HATE}, {@code PROMPT_ATTACK}, ...)
 * with input and output strengths {@code NONE}, {@code LOW}, {@code MEDIUM} or {@code HIGH}.
 */
public record GuardrailContentFilter(
    String guardrailArn, String type, String inputStrength, String outputStrength) {}
