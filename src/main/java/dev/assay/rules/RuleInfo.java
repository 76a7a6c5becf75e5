package dev.assay.rules;

import java.util.List;

/**
 * One rule of the rule base with its metadata: annotations from the DRL, prose from the domain's
 * {@code .meta.yaml}.
 *
 * @param file the DRL file the rule is in, relative to the rules directory
 * @param line the line of the rule's declaration
 * @param requestsEvidence whether the rule asks people for evidence ({@code @output("evidence")}:
 *     it inserts {@link EvidenceRequest}s, which become tasks) rather than detecting violations;
 *     such a rule has no PASS/FAIL findings of its own
 */
public record RuleInfo(
    String id,
    Domain domain,
    String file,
    int line,
    Severity severity,
    String resourceType,
    String title,
    String risk,
    String remediation,
    List<String> references,
    String notes,
    boolean requestsEvidence) {}
