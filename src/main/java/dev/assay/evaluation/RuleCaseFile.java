package dev.assay.evaluation;

import java.util.List;

/**
 * A rule case file, {@code <domain>/<rule_id>.yaml} under the cases directory.
 *
 * @param path the file's path relative to the cases directory, with forward slashes
 * @param ruleId the rule the file tests: its file name without {@code .yaml}
 * @param folder the domain folder the file sits in, or empty when it sits at the top
 */
public record RuleCaseFile(String path, String ruleId, String folder, List<RuleCase> cases) {}
