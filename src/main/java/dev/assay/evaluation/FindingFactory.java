package dev.assay.evaluation;

import dev.assay.fact.CollectionGap;
import dev.assay.fact.ResourceTypes;
import dev.assay.rules.RuleInfo;
import dev.assay.snapshot.Scope;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Builds the findings of one rule, with a reason sentence for each status. */
final class FindingFactory {

  private final RuleInfo rule;
  private final List<String> controlIds;
  private final ResourceTypes.Type type;
  // Once per rule rather than once per finding: large estates make hundreds of thousands.
  private final String severity;
  private final String passSuffix;

  FindingFactory(RuleInfo rule, List<String> controlIds, ResourceTypes.Type type) {
    this.rule = rule;
    this.controlIds = List.copyOf(controlIds);
    this.type = type;
    this.severity = rule.severity().label();
    this.passSuffix = " meets the rule: " + rule.title() + ".";
  }

  Finding fail(String arn, Scope scope, String reason) {
    return finding(Status.FAIL, arn, scope, reason);
  }

  Finding pass(String arn, Scope scope) {
    return finding(Status.PASS, arn, scope, arn + passSuffix);
  }

  Finding error(String arn, Scope scope, Collection<CollectionGap> gaps) {
    TreeSet<String> causes = new TreeSet<>();
    gaps.forEach(g -> causes.add(g.describe()));
    return finding(Status.ERROR, arn, scope, String.join(" ", causes));
  }

  Finding notApplicable(String arn, Scope scope, String reason) {
    return finding(Status.NOT_APPLICABLE, arn, scope, reason);
  }

  private Finding finding(Status status, String arn, Scope scope, String reason) {
    return new Finding(
        rule.id(),
        controlIds,
        status,
        severity,
        arn,
        type.name(),
        scope.accountId(),
        scope.region(),
        reason);
  }
}
