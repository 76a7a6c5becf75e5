package dev.assay.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.rules.RuleBase;
import dev.assay.rules.ShippedRules;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped standard framework {@code genai-best-practices-v2}, loaded from {@code frameworks/}
 * with the real rule base: its shape (110 controls, 72 automated or hybrid, 38 manual, one control
 * set per domain) and its coverage of the rule base.
 */
class StandardFrameworkTest {

  static final String ID = "genai-best-practices-v2";
  static final List<String> DOMAINS =
      List.of(
          "accuracy",
          "fair",
          "privacy",
          "resilience",
          "responsible",
          "safe",
          "secure",
          "sustainable");

  private static RuleBase ruleBase;
  private static Framework framework;

  @BeforeAll
  static void load() {
    ruleBase = ShippedRules.ruleBase();
    FrameworkCatalog catalog =
        new FrameworkLoader(ruleBase.rules().keySet()).load(ShippedRules.FRAMEWORKS);
    framework = catalog.find(ID).orElseThrow(() -> new AssertionError(ID + " not loaded"));
  }

  @Test
  void has110ControlsOf72AutomatedOrHybridAnd38Manual() {
    List<Control> controls = framework.controls().toList();
    assertEquals(110, controls.size(), "controls");
    assertEquals(
        72,
        controls.stream().filter(c -> c.type() != ControlType.MANUAL).count(),
        "automated or hybrid");
    assertEquals(
        38, controls.stream().filter(c -> c.type() == ControlType.MANUAL).count(), "manual");
  }

  @Test
  void hasOneControlSetPerDomainAndEachControlBelongsToItsDomain() {
    assertEquals(8, framework.controlSets().size());
    assertEquals(
        new TreeSet<>(DOMAINS),
        framework.controlSets().stream()
            .map(ControlSet::id)
            .collect(Collectors.toCollection(TreeSet::new)));
    for (ControlSet set : framework.controlSets()) {
      assertTrue(set.name().equalsIgnoreCase(set.id()), set.id() + " is named " + set.name());
      for (Control control : set.controls()) {
        assertEquals(set.id(), control.domain(), control.id() + " domain");
      }
    }
  }

  @Test
  void controlIdsAreUniqueAndNamedByDomain() {
    Set<String> seen = new HashSet<>();
    for (Control control : framework.controls().toList()) {
      assertTrue(seen.add(control.id()), "duplicate control id " + control.id());
      assertTrue(
          control.id().matches("GENAI-(ACC|FAI|PRI|RES|RSP|SAF|SEC|SUS)-\\d{2}"), control.id());
    }
  }

  @Test
  void everyRuleOfTheRuleBaseIsUsedByAControl() {
    Set<String> used =
        framework.controls().flatMap(c -> c.rules().stream()).collect(Collectors.toSet());
    Set<String> unused = new TreeSet<>(ruleBase.rules().keySet());
    unused.removeAll(used);
    assertTrue(unused.isEmpty(), "rules no control of " + ID + " uses: " + unused);
  }

  @Test
  void automatedAndHybridControlsHaveRulesAndManualOnesDoNot() {
    for (Control control : framework.controls().toList()) {
      if (control.type() == ControlType.MANUAL) {
        assertTrue(control.rules().isEmpty(), control.id() + " is manual but lists rules");
      } else {
        assertTrue(!control.rules().isEmpty(), control.id() + " has no rules");
      }
    }
  }

  @Test
  void manualAndHybridControlsAskForEvidenceOnACadence() {
    for (Control control : framework.controls().toList()) {
      if (control.type().needsManualEvidence()) {
        assertNotNull(control.evidence(), control.id() + " has no evidence block");
        assertNotNull(control.evidence().cadence(), control.id() + " has no cadence");
        assertTrue(!control.evidence().cadence().isZero(), control.id() + " has a zero cadence");
        assertTrue(control.dataSources().contains("MANUAL"), control.id() + " lacks MANUAL");
      } else {
        assertEquals(
            null, control.evidence(), control.id() + " is automated but asks for evidence");
      }
    }
  }
}
