package dev.assay.framework;

import java.util.List;

/**
 * A cross-framework control objective of the library, mapped to the rules that check it. Controls
 * of any framework reuse one with {@code common: <id>}.
 *
 * @param keywords search terms beyond the name
 * @param rules the rule IDs that check the objective, at least one
 * @param dataSources Audit Manager style keywords the rules read
 */
public record CommonControl(
    String id,
    String name,
    String description,
    String domain,
    List<String> keywords,
    List<String> rules,
    List<String> dataSources) {}
