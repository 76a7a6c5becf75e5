package dev.assay.framework;

import java.util.List;

/**
 * One control of a framework.
 *
 * @param rules IDs of the rules that evaluate it (empty for manual controls)
 * @param dataSources Audit Manager style keywords: AWS Config rule identifiers, Security Hub
 *     control IDs, {@code service_Operation} API calls, {@code MANUAL}
 * @param evidence what people must provide, for manual and hybrid controls; {@code null} otherwise
 */
public record Control(
    String id,
    String name,
    String description,
    String domain,
    ControlType type,
    List<String> rules,
    List<String> dataSources,
    String testingInformation,
    ActionPlan actionPlan,
    EvidenceSpec evidence) {}
