package dev.assay.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Custom frameworks: extends, include, exclude, override and controls of their own. */
class CustomFrameworkTest {

  @TempDir Path tmp;

  private FrameworkDir dir() {
    return new FrameworkDir(tmp).withBase();
  }

  @Test
  void aCustomFrameworkIsItsBaseTailored() {
    Framework custom =
        dir()
            .write(
                "mine.yaml",
                """
            id: mine
            name: Mine
            version: "2"
            extends: base
            exclude: [BASE-FAI-02]
            override:
              BASE-SEC-01: {name: Notebooks sit in our VPC}
              BASE-SEC-02: {evidence: {cadence: P1M}}
            controlSets:
              - id: secure
                controls:
                  - {id: MINE-SEC-01, name: Keys rotate, domain: secure, type: automated, rules: [svc_three_enabled]}
              - id: ours
                name: Ours
                controls:
                  - {id: MINE-OUR-01, name: Ours, domain: safe, type: automated, rules: [svc_one_enabled]}
            """)
            .load()
            .find("mine")
            .orElseThrow();

    assertEquals(List.of("secure", "fair", "ours"), setIds(custom));
    assertEquals(
        List.of("BASE-SEC-01", "BASE-SEC-02", "MINE-SEC-01", "BASE-FAI-01", "MINE-OUR-01"),
        custom.controls().map(Control::id).toList());
    assertEquals("Secure", custom.controlSets().get(0).name());
    Control renamed = custom.control("BASE-SEC-01").orElseThrow();
    assertEquals("Notebooks sit in our VPC", renamed.name());
    assertEquals(List.of("svc_one_enabled"), renamed.rules());
    assertEquals("mine", renamed.origin());
    // Evidence fields merge: only the cadence changes.
    EvidenceSpec evidence = custom.control("BASE-SEC-02").orElseThrow().evidence();
    assertEquals(Period.ofMonths(1), evidence.cadence());
    assertEquals("Upload the review.", evidence.instructions());
    assertEquals("base", custom.control("BASE-FAI-01").orElseThrow().origin());
    assertEquals(FrameworkType.CUSTOM, custom.type());
  }

  @Test
  void includeKeepsWholeSetsOrSingleControls() {
    Framework custom =
        dir()
            .write(
                "mine.yaml",
                """
            id: mine
            name: Mine
            version: "1"
            extends: base
            include: [secure, BASE-FAI-02]
            exclude: [BASE-SEC-02]
            """)
            .load()
            .find("mine")
            .orElseThrow();
    assertEquals(
        List.of("BASE-SEC-01", "BASE-FAI-02"), custom.controls().map(Control::id).toList());
  }

  @Test
  void excludingAWholeSetDropsIt() {
    Framework custom =
        dir()
            .write(
                "mine.yaml", "id: mine\nname: Mine\nversion: '1'\nextends: base\nexclude: [fair]\n")
            .load()
            .find("mine")
            .orElseThrow();
    assertEquals(List.of("secure"), setIds(custom));
  }

  @Test
  void hashesRecordTheBaseChain() {
    FrameworkDir dir =
        dir()
            .write(
                "middle.yaml",
                "id: middle\nname: M\nversion: '1'\nextends: base\nexclude: [fair]\n")
            .write("top.yaml", "id: top\nname: T\nversion: '1'\nextends: middle\n");
    FrameworkCatalog catalog = dir.load();
    Framework base = catalog.find("base").orElseThrow();
    Framework middle = catalog.find("middle").orElseThrow();
    Framework top = catalog.find("top").orElseThrow();
    assertEquals(FrameworkType.STANDARD, base.type());
    assertNull(base.extendsId());
    assertNull(base.baseContentHash());
    assertEquals(base.contentHash(), base.resolvedHash());
    assertEquals("middle", top.extendsId());
    assertEquals(middle.resolvedHash(), top.baseContentHash());
    assertEquals(base.contentHash(), middle.baseContentHash());
    assertNotEquals(top.contentHash(), top.resolvedHash());

    // A change to the root changes what the top records, though neither top nor middle changed.
    dir.write("base.yaml", FrameworkDir.BASE.replace("Base framework", "Base framework v2"));
    Framework topAfter = dir.load().find("top").orElseThrow();
    assertEquals(top.contentHash(), topAfter.contentHash());
    assertNotEquals(top.baseContentHash(), topAfter.baseContentHash());
  }

  @Test
  void aCycleIsReportedWithItsPath() {
    List<String> problems =
        problems(
            dir()
                .write("fw-a.yaml", "id: fw-a\nname: A\nversion: '1'\nextends: fw-b\n")
                .write("fw-b.yaml", "id: fw-b\nname: B\nversion: '1'\nextends: fw-a\n"));
    assertEquals(List.of("fw-b.yaml: extends: cycle fw-a -> fw-b -> fw-a"), problems);
  }

  @Test
  void aFrameworkCannotExtendItself() {
    assertEquals(
        List.of("fw-a.yaml: extends: cycle fw-a -> fw-a"),
        problems(dir().write("fw-a.yaml", "id: fw-a\nname: A\nversion: '1'\nextends: fw-a\n")));
  }

  @Test
  void theBaseMustExist() {
    assertEquals(
        List.of("fw-a.yaml: extends: no framework nope (known: base, fw-a)"),
        problems(dir().write("fw-a.yaml", "id: fw-a\nname: A\nversion: '1'\nextends: nope\n")));
  }

  @Test
  void aBrokenBaseIsReportedOnceInItsOwnFile() {
    List<String> problems =
        problems(
            new FrameworkDir(tmp)
                .write(
                    "base.yaml",
                    FrameworkDir.BASE.replace("[svc_three_enabled]", "[svc_nine_enabled]"))
                .write("fw-a.yaml", "id: fw-a\nname: A\nversion: '1'\nextends: base\n"));
    assertEquals(
        List.of("base.yaml: control BASE-FAI-02: rules: no rule svc_nine_enabled in the rule base"),
        problems);
  }

  @Test
  void overridesNameTheFileAndTheField() {
    List<String> problems =
        problems(
            dir()
                .write(
                    "my-fw.yaml",
                    """
        id: my-fw
        name: Mine
        version: "1"
        extends: base
        exclude: [BASE-FAI-02]
        override:
          BASE-SEC-99: {name: Nothing}
          BASE-SEC-01: {rules: [svc_nine_enabled]}
          BASE-FAI-02: {name: Excluded}
          BASE-FAI-01: {type: automated, rules: []}
        """));
    assertEquals(
        List.of(
            "my-fw.yaml: override.BASE-SEC-99: no such control in base",
            "my-fw.yaml: override.BASE-FAI-02: control BASE-FAI-02 is left out by include or exclude",
            "my-fw.yaml: override.BASE-SEC-01.rules: no rule svc_nine_enabled in the rule base",
            "my-fw.yaml: override.BASE-FAI-01.rules: a automated control needs at least one rule"),
        problems);
  }

  @Test
  void turningAControlManualNeedsEvidence() {
    List<String> problems =
        problems(
            dir()
                .write(
                    "my-fw.yaml",
                    """
        id: my-fw
        name: Mine
        version: "1"
        extends: base
        override:
          BASE-SEC-01: {type: manual}
          BASE-FAI-02: {type: hybrid, evidence: {cadence: P1M}}
        """));
    assertEquals(
        List.of(
            "my-fw.yaml: override.BASE-SEC-01.evidence: a manual control needs evidence (instructions, cadence, inputType)",
            "my-fw.yaml: override.BASE-FAI-02.evidence.instructions: is required for a manual or hybrid control",
            "my-fw.yaml: override.BASE-FAI-02.evidence.inputType: is required for a manual or hybrid control"),
        problems);
  }

  @Test
  void selectionsMustNameWhatTheBaseHas() {
    assertEquals(
        List.of(
            "my-fw.yaml: include: no control or control set BASE-SEC-09 in base",
            "my-fw.yaml: exclude: no control or control set privacy in base"),
        problems(
            dir()
                .write(
                    "my-fw.yaml",
                    "id: my-fw\nname: M\nversion: '1'\nextends: base\ninclude: [secure, BASE-SEC-09]\n"
                        + "exclude: [privacy]\n")));
  }

  @Test
  void ownControlsMustNotReuseBaseIdsAndNewSetsNeedNames() {
    List<String> problems =
        problems(
            dir()
                .write(
                    "my-fw.yaml",
                    """
        id: my-fw
        name: M
        version: "1"
        extends: base
        controlSets:
          - id: secure
            controls:
              - {id: BASE-SEC-01, name: Again, domain: secure, type: automated, rules: [svc_one_enabled]}
          - id: unnamed
            controls:
              - {id: MY-UNN-01, name: X, domain: secure, type: automated, rules: [svc_one_enabled]}
        """));
    assertEquals(
        List.of(
            "my-fw.yaml: control BASE-SEC-01: id is already a control of base; change it with override instead",
            "my-fw.yaml: controlSets.unnamed: name is required for a control set base does not have"),
        problems);
  }

  @Test
  void nothingLeftIsAnError() {
    assertEquals(
        List.of("my-fw.yaml: no controls left: include, exclude and controlSets select none"),
        problems(
            dir()
                .write(
                    "my-fw.yaml",
                    "id: my-fw\nname: M\nversion: '1'\nextends: base\nexclude: [secure, fair]\n")));
  }

  @Test
  void theSchemaStaysStrict() {
    List<String> problems =
        problems(
            dir()
                .write(
                    "my-fw.yaml",
                    """
        id: my-fw
        name: M
        version: "1"
        extends: base
        overide: {}
        override:
          BASE-SEC-01: {domain: safe}
        """));
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.stream().allMatch(p -> p.startsWith("my-fw.yaml: ")), problems.toString());
    assertTrue(
        problems.get(0).contains("overide") || problems.get(1).contains("overide"),
        problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.contains("domain")), problems.toString());
  }

  @Test
  void tailoringWithoutExtendsIsRefused() {
    List<String> problems =
        problems(dir().write("my-fw.yaml", "id: my-fw\nname: M\nversion: '1'\nexclude: [fair]\n"));
    assertTrue(
        problems.stream().anyMatch(p -> p.startsWith("my-fw.yaml: ") && p.contains("extends")),
        problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.contains("controlSets")), problems.toString());
  }

  @Test
  void controlIdsAreUniqueAcrossFrameworks() {
    List<String> problems =
        problems(
            dir()
                .write(
                    "other.yaml",
                    """
        id: other
        name: Other
        version: "1"
        controlSets:
          - id: secure
            name: Secure
            controls:
              - {id: BASE-SEC-01, name: Clash, domain: secure, type: automated, rules: [svc_one_enabled]}
        """));
    assertEquals(
        List.of(
            "other.yaml: control BASE-SEC-01: id is already defined by base.yaml;"
                + " control IDs are unique across frameworks"),
        problems);
  }

  static List<String> problems(FrameworkDir dir) {
    return assertThrows(FrameworkException.class, dir::load).problems();
  }

  private static List<String> setIds(Framework framework) {
    return framework.controlSets().stream().map(ControlSet::id).toList();
  }
}
