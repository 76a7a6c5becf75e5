package dev.assay.rules;

import dev.assay.fact.ResourceTypes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Joins the compiled rules with their annotations and metadata files, and checks each: a valid
 * unique ID, a known severity and resource type, and prose in the domain's {@code .meta.yaml}.
 */
final class RuleCatalogue {

  static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(_[a-z0-9]+)+");

  private RuleCatalogue() {}

  static Map<String, RuleInfo> describe(
      Path dir, KieBase kieBase, Map<Domain, String> sources, List<RuleProblem> problems) {
    Map<String, RuleInfo> rules = new TreeMap<>();
    for (Domain domain : Domain.values()) {
      String file = domain.drlFile();
      RuleLines lines = RuleLines.of(sources.get(domain));
      Map<String, RuleMetadataFile.Prose> prose =
          RuleMetadataFile.read(dir.resolve(domain.metaFile()), domain.metaFile(), problems);
      KiePackage pkg = kieBase.getKiePackage(domain.drlPackage());
      List<Rule> compiled = pkg == null ? List.of() : List.copyOf(pkg.getRules());
      for (Rule rule : compiled) {
        describeRule(domain, rule, lines, prose, rules, problems)
            .ifPresent(info -> rules.put(info.id(), info));
      }
      for (String id : prose.keySet()) {
        if (compiled.stream().noneMatch(r -> r.getName().equals(id))) {
          problems.add(
              RuleProblem.of(
                  domain.metaFile(),
                  "metadata for " + id + ", which " + file + " does not define"));
        }
      }
    }
    return rules;
  }

  private static Optional<RuleInfo> describeRule(
      Domain domain,
      Rule rule,
      RuleLines lines,
      Map<String, RuleMetadataFile.Prose> prose,
      Map<String, RuleInfo> known,
      List<RuleProblem> problems) {
    String id = rule.getName();
    String file = domain.drlFile();
    int line = lines.lineOf(id);
    int before = problems.size();
    if (!RULE_ID.matcher(id).matches()) {
      problems.add(
          RuleProblem.at(
              file, line, "rule \"" + id + "\": IDs are lowercase <service>_<resource>_<state>"));
    }
    if (known.containsKey(id)) {
      problems.add(
          RuleProblem.at(
              file, line, "rule " + id + " is already defined in " + known.get(id).file()));
    }
    Object severityTag = rule.getMetaData().get("severity");
    Optional<Severity> severity =
        Severity.parse(severityTag == null ? null : severityTag.toString());
    if (severity.isEmpty()) {
      problems.add(
          RuleProblem.at(
              file,
              line,
              "rule "
                  + id
                  + ": @severity must be one of critical, high, medium, low, informational"));
    }
    Object typeTag = rule.getMetaData().get("resourceType");
    String resourceType = typeTag == null ? null : typeTag.toString();
    if (resourceType == null || ResourceTypes.find(resourceType).isEmpty()) {
      problems.add(
          RuleProblem.at(
              file,
              line,
              "rule "
                  + id
                  + ": @resourceType must name a resource fact type, not "
                  + resourceType));
    }
    Object outputTag = rule.getMetaData().get("output");
    String output = outputTag == null ? "violation" : outputTag.toString();
    if (!output.equals("violation") && !output.equals("evidence")) {
      problems.add(
          RuleProblem.at(
              file,
              line,
              "rule "
                  + id
                  + ": @output must be \"violation\" (the default) or \"evidence\", not \""
                  + output
                  + "\""));
    }
    RuleMetadataFile.Prose text = prose.get(id);
    if (text == null) {
      problems.add(
          RuleProblem.at(file, line, "rule " + id + " has no entry in " + domain.metaFile()));
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new RuleInfo(
            id,
            domain,
            file,
            line,
            severity.get(),
            resourceType,
            text.title(),
            text.risk(),
            text.remediation(),
            text.references(),
            text.notes(),
            "evidence".equals(output)));
  }
}
