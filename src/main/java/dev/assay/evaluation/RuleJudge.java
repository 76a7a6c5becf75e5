package dev.assay.evaluation;

import dev.assay.fact.CollectionGap;
import dev.assay.fact.RegionLevel;
import dev.assay.fact.Resource;
import dev.assay.fact.ResourceTypes;
import dev.assay.rules.RuleInfo;
import dev.assay.rules.Violation;
import dev.assay.snapshot.Scope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

/**
 * Decides the status of one rule on every resource of its type, scope by scope. This is where
 * "rules detect, Java decides" happens: a violation makes FAIL, a gap makes ERROR, nothing in scope
 * makes NOT_APPLICABLE, and only a readable resource with no violation is a PASS.
 */
final class RuleJudge {

  private final FactIndex facts;
  private final Map<String, Map<String, Reasons>> violations;

  /**
   * @param violations reasons by rule ID, then by resource ARN ({@link #index})
   */
  RuleJudge(FactIndex facts, Map<String, Map<String, Reasons>> violations) {
    this.facts = facts;
    this.violations = violations;
  }

  List<Finding> judge(RuleInfo rule, List<String> controlIds, SortedSet<Scope> scopes) {
    ResourceTypes.Type type = ResourceTypes.of(rule.resourceType());
    Map<String, Reasons> ruleViolations = violations.getOrDefault(rule.id(), Map.of());
    Map<Scope, List<Resource>> resourcesOfType = facts.resourcesByScope(type.name());
    FindingFactory make = new FindingFactory(rule, controlIds, type);
    List<Finding> findings = new ArrayList<>();
    // Violations met among the rule's resources are marked with this judging (a fresh token, so
    // that judging a rule again starts over); those never met are strays, found below without
    // hashing every violation again. Only gaps of the type need every ARN judged kept: their
    // findings must not judge a resource twice, and a violation they judged is no stray.
    Object judging = new Object();
    int met = 0;
    boolean gapsOfType = facts.hasGaps(type.name());
    Set<String> judged = gapsOfType ? new HashSet<>() : Set.of();
    for (Scope scope : scopes) {
      if (scope.global() != type.global()) {
        continue;
      }
      List<Finding> inScope = new ArrayList<>();
      List<CollectionGap> gaps = gapsOfType ? facts.gaps(type.name(), scope) : List.of();
      for (Resource resource : resourcesOfType.getOrDefault(scope, List.of())) {
        Reasons reasons = ruleViolations.get(resource.arn());
        if (reasons != null && reasons.meet(judging)) {
          met++;
        }
        if (gapsOfType) {
          judged.add(resource.arn());
        }
        if (!resource.inScope()) {
          inScope.add(outOfUse((RegionLevel) resource, scope, gaps, make));
        } else if (type.regionLevel() && !gaps.isEmpty()) {
          // A region-level rule judges the whole region: any unread part of it could change the
          // answer, so even a violation is not proven.
          inScope.add(make.error(resource.arn(), scope, gaps));
        } else if (reasons != null) {
          inScope.add(make.fail(resource.arn(), scope, reasons.joined()));
        } else {
          inScope.add(make.pass(resource.arn(), scope));
        }
      }
      if (!gaps.isEmpty()) {
        inScope.addAll(gapFindings(type, scope, gaps, judged, make));
      }
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
    if (met < ruleViolations.size()) {
      findings.addAll(strayViolations(ruleViolations, judging, judged, make));
    }
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
      Map<String, Reasons> ruleViolations,
      Object judging,
      Set<String> judged,
      FindingFactory make) {
    List<Finding> strays = new ArrayList<>();
    ruleViolations.forEach(
        (arn, reasons) -> {
          if (reasons.metBy(judging) || judged.contains(arn)) {
            return;
          }
          Resource known = facts.byArn(arn);
          Scope scope =
              known == null
                  ? new Scope("unknown", "unknown")
                  : new Scope(known.accountId(), known.region());
          strays.add(make.fail(arn, scope, reasons.joined()));
        });
    return strays;
  }

  /** Reasons by rule ID, then by resource ARN. */
  static Map<String, Map<String, Reasons>> index(List<Violation> list) {
    Map<String, Map<String, Reasons>> byRule = new HashMap<>();
    // Violations of one rule tend to come together: the last rule's map usually serves again.
    String lastRule = null;
    Map<String, Reasons> ofRule = null;
    for (Violation v : list) {
      if (!v.ruleId().equals(lastRule)) {
        lastRule = v.ruleId();
        // In insertion order, so that strays (which rule cases do not sort) keep the order of old.
        ofRule = byRule.computeIfAbsent(lastRule, k -> new LinkedHashMap<>());
      }
      Reasons reasons = ofRule.putIfAbsent(v.resourceArn(), new Reasons(v.reason()));
      if (reasons != null) {
        reasons.add(v.reason());
      }
    }
    return byRule;
  }
}
