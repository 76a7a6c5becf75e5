package dev.assay.api;

import dev.assay.fact.ManualEvidence;
import dev.assay.snapshot.RecordedCall;
import java.time.Instant;
import java.util.List;

/**
 * The body of {@code POST /api/v1/evaluations}.
 *
 * @param framework the framework to evaluate, or {@code null} for the configured default
 * @param at the instant to evaluate as of, for reproducible results, or {@code null} for now
 * @param responses the recorded AWS calls, as a snapshot directory would hold them
 * @param manualEvidence evidence people provided, which closes manual-evidence tasks while fresh
 */
public record EvaluationRequest(
    String framework,
    Instant at,
    List<RecordedCall> responses,
    List<ManualEvidence> manualEvidence) {}
