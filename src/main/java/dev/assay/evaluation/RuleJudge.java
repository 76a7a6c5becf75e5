package dev.assay.evaluation;

import dev.assay.fact.CollectionGap;
import dev.assay.fact.RegionLevel;
import dev.assay.fact.Resource;
import dev.assay.fact.ResourceTypes;
import dev.assay.rules.RuleInfo;
import dev.assay.rules.Violation;
import dev.assay.snapshot.Scope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Decides the status of one rule on every resource of its type, scope by scope. This is where
 * "rules detect, Java decides" happens: a violation makes FAIL, a gap makes ERROR, nothing in scope
 * makes NOT_APPLICABLE, and only a readable resource with no violation is a PASS.
 */
final class RuleJudge {

  private final FactIndex facts;
  private final Map<String, Map<String, Collection<String>>> violations;

  /**
   * @param violations reasons by rule ID, then by resource ARN
   */
  RuleJudge(FactIndex facts, Map<String, Map<String, Collection<String>>> violations) {
    this.facts = facts;
    this.violations = violations;
  }

  List<Finding> judge(RuleInfo rule, List<String> controlIds, SortedSet<Scope> scopes) {
    ResourceTypes.Type type = ResourceTypes.of(rule.resourceType());
    Map<String, Collection<String>> ruleViolations = violations.getOrDefault(rule.id(), Map.of());
    FindingFactory make = new FindingFactory(rule, controlIds, type);
    List<Finding> findings = new ArrayList<>();
    // Every ARN judged so far, so that gaps and violations do not judge a resource twice. Without
    // gaps of the type only violations need checking against it, and those judged are the ones
    // met below: a far smaller set than every resource of the type on a large estate.
    boolean gapsOfType = facts.hasGaps(type.name());
    Set<String> judged = new HashSet<>();
    for (Scope scope : scopes) {
      if (scope.global() != type.global()) {
        continue;
      }
      List<Finding> inScope = new ArrayList<>();
      List<CollectionGap> gaps = facts.gaps(type.name(), scope);
      for (Resource resource : facts.resources(type.name(), scope)) {
        Collection<String> reasons = ruleViolations.get(resource.arn());
        if (gapsOfType || reasons != null) {
          judged.add(resource.arn());
        }
        if (!resource.inScope()) {
          inScope.add(outOfUse((RegionLevel) resource, scope, gaps, make));
        } else if (type.regionLevel() && !gaps.isEmpty()) {
          // A region-level rule judges the whole region: any unread part of it could change the
          // answer, so even a violation is not proven.
          inScope.add(make.error(resource.arn(), scope, gaps));
        } else if (reasons != null) {
          inScope.add(make.fail(resource.arn(), scope, reasons));
        } else {
          inScope.add(make.pass(resource.arn(), scope));
        }
      }
      inScope.addAll(gapFindings(type, scope, gaps, judged, make));
      if (inScope.isEmpty()) {
        inScope.add(
            make.notApplicable(
                ScopeIds.allOf(type, scope),
                scope,
                "No "
                    + type.idNoun()
                    + " in account "
                    + scope.accountId()
                    + " region "
                    + scope.region()
                    + "."));
      }
      findings.addAll(inScope);
    }
    findings.addAll(strayViolations(ruleViolations, judged, make));
    return findings;
  }

  /**
   * A region where the rule's service is not in use is NOT_APPLICABLE, unless a gap means it might
   * be in use after all.
   */
  private Finding outOfUse(
      RegionLevel feature, Scope scope, List<CollectionGap> gaps, FindingFactory make) {
    List<CollectionGap> hiding = new ArrayList<>(gaps);
    for (CollectionGap gap : facts.gaps(scope)) {
      ResourceTypes.find(gap.resourceType())
          .filter(t -> feature.usageFamily().equals(t.usageFamily()) && gap.coversWholeScope())
          .ifPresent(t -> hiding.add(gap));
    }
    if (!hiding.isEmpty()) {
      return make.error(feature.arn(), scope, hiding);
    }
    return make.notApplicable(
        feature.arn(),
        scope,
        "No "
            + feature.usageFamily()
            + " resources or activity in account "
            + scope.accountId()
            + " region "
            + scope.region()
            + ".");
  }

  /** ERROR for each unreadable resource, and for the whole scope when a List call failed. */
  private static List<Finding> gapFindings(
      ResourceTypes.Type type,
      Scope scope,
      List<CollectionGap> gaps,
      Set<String> judged,
      FindingFactory make) {
    List<Finding> findings = new ArrayList<>();
    Map<String, List<CollectionGap>> byResource = new LinkedHashMap<>();
    for (CollectionGap gap : gaps) {
      // A region-level rule has one finding per region: a gap about one resource (an unreadable
      // guardrail) is part of the region's ERROR, not a finding of its own.
      String id =
          gap.coversWholeScope() || type.regionLevel()
              ? ScopeIds.allOf(type, scope)
              : gap.resourceArn();
      byResource.computeIfAbsent(id, k -> new ArrayList<>()).add(gap);
    }
    byResource.forEach(
        (id, resourceGaps) -> {
          if (judged.add(id)) {
            findings.add(make.error(id, scope, resourceGaps));
          }
        });
    return findings;
  }

  /** A violation on a resource the rule's type does not know still fails: never lose a FAIL. */
  private List<Finding> strayViolations(
      Map<String, Collection<String>> ruleViolations, Set<String> judged, FindingFactory make) {
    return ruleViolations.entrySet().stream()
        .filter(e -> !judged.contains(e.getKey()))
        .map(
            e -> {
              Resource known = facts.byArn(e.getKey());
              Scope scope =
                  known == null
                      ? new Scope("unknown", "unknown")
                      : new Scope(known.accountId(), known.region());
              return make.fail(e.getKey(), scope, e.getValue());
            })
        .collect(Collectors.toList());
  }

  static Map<String, Map<String, Collection<String>>> index(List<Violation> list) {
    // Most resources break a rule for one reason: a one-element list for those, a sorted set
    // (as the reasons are joined) only from the second, instead of a TreeSet per violation.
    Map<String, Map<String, Collection<String>>> byRule = new LinkedHashMap<>();
    for (Violation v : list) {
      byRule
          .computeIfAbsent(v.ruleId(), k -> new LinkedHashMap<>())
          .merge(
              v.resourceArn(),
              List.of(v.reason()),
              (reasons, one) -> {
                TreeSet<String> sorted =
                    reasons instanceof TreeSet<String> set ? set : new TreeSet<>(reasons);
                sorted.addAll(one);
                return sorted;
              });
    }
    return byRule;
  }
}
