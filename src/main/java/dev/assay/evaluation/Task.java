package dev.assay.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Manual evidence someone must provide for a control.
 *
 * @param resourceArn the resource the evidence is about, or {@code null} for the whole scope
 * @param status whether fresh evidence exists
 * @param due the date (UTC, ISO-8601) by which (fresh) evidence is due: today when none was ever
 *     provided, else one cadence after the latest evidence
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Task(
    String controlId, String resourceArn, TaskStatus status, String due, String instructions) {}
