package dev.assay.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.evaluation.RuleCaseCoverage;
import dev.assay.evaluation.RuleCaseReport;
import dev.assay.evaluation.RuleCaseRunner;
import dev.assay.fact.RegionLevel;
import dev.assay.fact.Resource;
import dev.assay.fact.ResourceKind;
import dev.assay.fact.ResourceTypes;
import dev.assay.framework.Control;
import dev.assay.framework.Framework;
import dev.assay.framework.FrameworkCatalog;
import dev.assay.framework.FrameworkLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lints the whole catalogue, as Cloud Custodian's policy meta-test does: every rule compiles, is
 * described, has cases that fire it and leave it silent, and is used by a framework that resolves.
 */
class CatalogueMetaTest {

  private static RuleBase ruleBase;
  private static RuleCaseReport cases;
  private static FrameworkCatalog frameworks;

  @BeforeAll
  static void loadOnce() {
    ruleBase = ShippedRules.ruleBase();
    cases = new RuleCaseRunner(ruleBase).run(ShippedRules.CASES);
    frameworks = new FrameworkLoader(ruleBase.rules().keySet()).load(ShippedRules.FRAMEWORKS);
  }

  @Test
  void everyDomainFileCompilesAndDefinesRules() {
    Map<Domain, Long> perDomain = new EnumMap<>(Domain.class);
    ruleBase.rules().values().forEach(r -> perDomain.merge(r.domain(), 1L, Long::sum));
    for (Domain domain : Domain.values()) {
      assertTrue(perDomain.getOrDefault(domain, 0L) > 0, domain.drlFile() + " defines no rule");
    }
    assertEquals(
        ruleBase.rules().size(), perDomain.values().stream().mapToLong(Long::longValue).sum());
  }

  @Test
  void everyRuleIsDescribed() {
    List<String> problems = new ArrayList<>();
    for (RuleInfo rule : ruleBase.rules().values()) {
      if (blank(rule.title()) || blank(rule.risk()) || blank(rule.remediation())) {
        problems.add(rule.id() + ": title, risk and remediation are required");
      }
      if (rule.severity() == null || ResourceTypes.find(rule.resourceType()).isEmpty()) {
        problems.add(rule.id() + ": needs a severity and a known resource type");
      }
      if (!rule.file().equals(rule.domain().drlFile()) || rule.line() <= 0) {
        problems.add(
            rule.id() + ": not located in its domain file: " + rule.file() + ":" + rule.line());
      }
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  @Test
  void everyCaseFileNamesARuleAndSitsInItsDomainFolder() {
    assertTrue(cases.problems().isEmpty(), () -> String.join("\n", cases.problems()));
  }

  @Test
  void everyCasePasses() {
    assertTrue(
        cases.failures().isEmpty(),
        () ->
            cases.failures().stream()
                .map(f -> f.displayName() + ": " + String.join("; ", f.differences()))
                .collect(Collectors.joining("\n")));
  }

  /**
   * Evidence-request rules exist, and every control using one has an evidence block: its cadence
   * decides when the requested evidence goes stale.
   */
  @Test
  void evidenceRequestRulesFeedControlsWithACadence() {
    List<String> evidenceRules =
        ruleBase.rules().values().stream()
            .filter(RuleInfo::requestsEvidence)
            .map(RuleInfo::id)
            .toList();
    assertFalse(evidenceRules.isEmpty(), "no rule is annotated @output(\"evidence\")");
    List<String> problems = new ArrayList<>();
    for (Framework framework : frameworks.all()) {
      framework
          .controls()
          .filter(c -> c.rules().stream().anyMatch(evidenceRules::contains))
          .filter(c -> c.evidence() == null)
          .forEach(c -> problems.add(framework.id() + " " + c.id() + " has no evidence block"));
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  @Test
  void everyRuleHasAnEmptyACompliantAViolatingAndAnErrorCase() {
    List<String> missing = new ArrayList<>();
    for (RuleCaseCoverage c : cases.coverage().values()) {
      if (c.caseFile() == null) {
        missing.add(c.ruleId() + ": no case file " + expectedCaseFile(c.ruleId()));
        continue;
      }
      if (c.cases() < 3) {
        missing.add(c.ruleId() + ": " + c.cases() + " cases, at least 3 needed");
      }
      if (c.requestsEvidence()) {
        // It asks for evidence instead of failing resources: its cases assert the requests.
        if (!c.hasRequestingCase() || !c.hasQuietCase()) {
          missing.add(
              c.ruleId()
                  + ": an evidence-request rule needs a case where it requests evidence and one"
                  + " where it requests none");
        }
        continue;
      }
      if (!c.hasEmptyCase()
          || !c.hasCompliantCase()
          || !c.hasViolatingCase()
          || !c.hasErrorCase()) {
        missing.add(
            c.ruleId()
                + ": needs an empty (only NOT_APPLICABLE), a compliant (PASS), a violating"
                + " (FAIL) and an error (ERROR) case; has"
                + kinds(c));
      }
    }
    assertTrue(missing.isEmpty(), () -> String.join("\n", missing));
  }

  /** The coverage gate: a rule no case fires is untested; one that always fires tests nothing. */
  @Test
  void everyRuleIsFiredBySomeCaseAndSilentInSome() {
    List<String> uncovered =
        cases.coverage().values().stream()
            .filter(c -> !c.covered())
            .map(
                c -> c.ruleId() + ": fired in " + c.firedIn() + " cases, silent in " + c.silentIn())
            .toList();
    assertTrue(uncovered.isEmpty(), () -> String.join("\n", uncovered));
  }

  @Test
  void everyRuleIsUsedBySomeControl() {
    Set<String> used = new TreeSet<>();
    frameworks.all().forEach(f -> f.controls().forEach(c -> used.addAll(c.rules())));
    Set<String> unused = new TreeSet<>(ruleBase.rules().keySet());
    unused.removeAll(used);
    assertTrue(unused.isEmpty(), () -> "rules no control of any framework uses: " + unused);
  }

  @Test
  void everyFrameworkRuleReferenceResolves() {
    assertFalse(frameworks.all().isEmpty(), "no frameworks in " + ShippedRules.FRAMEWORKS);
    List<String> unresolved = new ArrayList<>();
    for (Framework framework : frameworks.all()) {
      for (Control control : framework.controls().toList()) {
        control.rules().stream()
            .filter(r -> ruleBase.rule(r).isEmpty())
            .forEach(r -> unresolved.add(framework.id() + " " + control.id() + ": " + r));
      }
    }
    assertTrue(unresolved.isEmpty(), () -> String.join("\n", unresolved));
  }

  /**
   * Every resource fact a rule could name carries {@link ResourceKind}, so the evaluator can scope
   * it.
   */
  @Test
  void everyResourceFactDeclaresItsKind() throws IOException {
    Path factSources = Path.of("src/main/java/dev/assay/fact");
    List<String> unmarked = new ArrayList<>();
    try (Stream<Path> files = Files.list(factSources)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString().replaceFirst("\\.java$", "");
        Class<?> type = load("dev.assay.fact." + name);
        if (type != null
            && type.isRecord()
            && Resource.class.isAssignableFrom(type)
            && type.getAnnotation(ResourceKind.class) == null) {
          unmarked.add(name);
        }
      }
    }
    assertTrue(unmarked.isEmpty(), () -> "Resource records without @ResourceKind: " + unmarked);
  }

  /** Region-level rules need the cases issue 3 asks for: not in use, and unreadable. */
  @Test
  void everyRegionLevelRuleHasNotInUseAndErrorCases() {
    List<String> missing = new ArrayList<>();
    for (RuleInfo rule : ruleBase.rules().values()) {
      if (!RegionLevel.class.isAssignableFrom(ResourceTypes.of(rule.resourceType()).factClass())) {
        continue;
      }
      RuleCaseCoverage c = cases.coverage().get(rule.id());
      if (c == null || !c.hasEmptyCase() || !c.hasErrorCase()) {
        missing.add(rule.id());
      }
    }
    assertTrue(missing.isEmpty(), () -> "region-level rules lacking cases: " + missing);
  }

  private static String kinds(RuleCaseCoverage c) {
    return (c.hasEmptyCase() ? " empty" : "")
        + (c.hasCompliantCase() ? " compliant" : "")
        + (c.hasViolatingCase() ? " violating" : "")
        + (c.hasErrorCase() ? " error" : "")
        + (c.hasEmptyCase() || c.hasCompliantCase() || c.hasViolatingCase() || c.hasErrorCase()
            ? ""
            : " none");
  }

  private static String expectedCaseFile(String ruleId) {
    RuleInfo rule = ruleBase.rule(ruleId).orElseThrow();
    return ShippedRules.CASES.resolve(rule.domain().id()).resolve(ruleId + ".yaml").toString();
  }

  private static Class<?> load(String className) {
    try {
      return Class.forName(className);
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
