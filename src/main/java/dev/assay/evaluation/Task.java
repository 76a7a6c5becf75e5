package dev.assay.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Manual evidence someone must provide for a control.
 *
 * @param resourceArn the resource the evidence is about, or {@code null} for the whole scope
 * @param due the date (UTC, ISO-8601) by which the evidence is due
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Task(String controlId, String resourceArn, String due, String instructions) {}
