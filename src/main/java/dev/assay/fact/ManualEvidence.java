package dev.assay.fact;

import java.time.Instant;

/**
 * Evidence a person provided for a control: a file, a text answer or an S3 object. Rules may match
 * it (a request is satisfied while fresh evidence exists); the evaluator closes and reopens tasks
 * by it.
 *
 * @param resourceArn the resource the evidence is about, or {@code null} for the whole scope
 * @param kind {@code FILE}, {@code TEXT} or {@code S3}
 * @param reference the file name, the S3 URI or the text itself (at most 1,000 characters)
 * @param providedBy who provided it, or {@code null}
 */
public record ManualEvidence(
    String controlId,
    String resourceArn,
    Instant providedAt,
    String kind,
    String reference,
    String providedBy) {}
