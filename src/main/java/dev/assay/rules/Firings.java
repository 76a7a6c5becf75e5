package dev.assay.rules;

import java.util.List;
import java.util.Set;

/** What the rules inserted and which rules fired, for one evaluation. */
public record Firings(
    List<Violation> violations, List<EvidenceRequest> evidenceRequests, Set<String> firedRules) {}
