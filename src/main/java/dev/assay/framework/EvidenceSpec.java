package dev.assay.framework;

import java.time.Period;

/**
 * The manual evidence a control asks for.
 *
 * @param cadence how long provided evidence stays fresh (ISO-8601 period)
 * @param inputType {@code UPLOAD_FILE} or {@code INPUT_TEXT}, as in Audit Manager
 * @param owner who is expected to provide it, or {@code null}
 * @param appliesTo the resource type one task is opened for each of, or {@code null} for one task
 *     per evaluation
 */
public record EvidenceSpec(
    String instructions, Period cadence, String inputType, String owner, String appliesTo) {}
