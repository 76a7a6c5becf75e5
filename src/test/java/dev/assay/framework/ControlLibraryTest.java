package dev.assay.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Common controls, their reuse, and the library search over standard, custom and common. */
class ControlLibraryTest {

  @TempDir Path tmp;

  private FrameworkCatalog catalog;

  @BeforeEach
  void load() {
    catalog =
        new FrameworkDir(tmp)
            .withBase()
            .withCommon()
            .write(
                "mine.yaml",
                """
            id: mine
            name: Mine
            version: "1"
            extends: base
            exclude: [fair]
            override:
              BASE-SEC-01: {name: Notebooks sit in our own VPC}
            controlSets:
              - id: secure
                controls:
                  - id: MINE-SEC-01
                    name: Notebook network is locked down
                    type: automated
                    common: COMMON-ISOLATE
                  - id: MINE-SEC-02
                    name: Only the first rule
                    type: automated
                    common: COMMON-ISOLATE
                    rules: [svc_one_enabled]
            """)
            .load();
  }

  @Test
  void aControlReusingACommonControlGetsItsRulesUnlessItHasItsOwn() {
    Framework mine = catalog.find("mine").orElseThrow();
    Control reuse = mine.control("MINE-SEC-01").orElseThrow();
    assertEquals(List.of("svc_one_enabled", "svc_two_enabled"), reuse.rules());
    assertEquals(List.of("SAGEMAKER_NOTEBOOK_NO_DIRECT_INTERNET_ACCESS"), reuse.dataSources());
    assertEquals("secure", reuse.domain());
    assertEquals("Notebooks sit in a VPC.", reuse.description());
    assertEquals("COMMON-ISOLATE", reuse.common());
    assertEquals(List.of("svc_one_enabled"), mine.control("MINE-SEC-02").orElseThrow().rules());
  }

  @Test
  void everyControlHasItsLibraryType() {
    List<LibraryControl> all = catalog.library().all();
    LibraryControl standard = entry(all, "BASE-SEC-01", LibraryType.STANDARD);
    assertEquals("base", standard.definedIn());
    assertEquals(List.of("base"), standard.frameworks());
    // The override is the custom framework's own version of the control.
    LibraryControl overridden = entry(all, "BASE-SEC-01", LibraryType.CUSTOM);
    assertEquals("mine", overridden.definedIn());
    assertEquals("Notebooks sit in our own VPC", overridden.name());
    // Inherited unchanged: one standard entry, appearing in both frameworks.
    assertEquals(
        List.of("base", "mine"), entry(all, "BASE-SEC-02", LibraryType.STANDARD).frameworks());
    assertEquals(List.of("mine"), entry(all, "MINE-SEC-01", LibraryType.CUSTOM).frameworks());
    LibraryControl common = entry(all, "COMMON-ISOLATE", LibraryType.COMMON);
    assertNull(common.definedIn());
    assertEquals(List.of("mine"), common.frameworks());
    assertEquals(List.of("vpc", "internet"), common.keywords());
  }

  @Test
  void everyWordMustMatchAndNamesRankFirst() {
    List<String> ids = ids(catalog.library().search("NOTEBOOK vpc", null, null));
    // Name and keyword matches (COMMON-ISOLATE, the renamed override) before description-only ones.
    assertEquals("BASE-SEC-01", ids.get(0));
    assertTrue(ids.indexOf("COMMON-ISOLATE") < ids.indexOf("MINE-SEC-01"), ids.toString());
    assertTrue(ids.contains("MINE-SEC-01"), ids.toString());
    assertTrue(!ids.contains("BASE-SEC-02"), ids.toString());
    assertEquals(List.of(), catalog.library().search("notebook drift", null, null));
  }

  @Test
  void searchFiltersByTypeAndFramework() {
    assertEquals(
        List.of("COMMON-ISOLATE"), ids(catalog.library().search(null, LibraryType.COMMON, null)));
    assertEquals(
        List.of("BASE-FAI-01", "BASE-FAI-02", "BASE-SEC-01", "BASE-SEC-02"),
        ids(catalog.library().search("", LibraryType.STANDARD, "base")));
    // A common control belongs to the frameworks whose controls reuse it.
    assertEquals(
        List.of("BASE-SEC-01", "BASE-SEC-02", "COMMON-ISOLATE", "MINE-SEC-01", "MINE-SEC-02"),
        ids(catalog.library().search(" ", null, "mine")));
    assertEquals(List.of("BASE-SEC-02"), ids(catalog.library().search("review", null, "mine")));
  }

  @Test
  void rulesAndDataSourcesAreSearchable() {
    assertEquals(
        List.of("BASE-FAI-02"),
        ids(catalog.library().search("svc_three", LibraryType.STANDARD, null)));
    assertEquals(
        List.of("BASE-SEC-01", "BASE-SEC-01"),
        ids(catalog.library().search("inside_vpc", null, null)));
  }

  @Test
  void libraryTypesParseInAnyCase() {
    assertEquals(LibraryType.COMMON, LibraryType.parse("Common"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LibraryType.parse("core"));
    assertEquals("type core is not one of standard, custom, common", e.getMessage());
  }

  @Test
  void commonControlsAreChecked(@TempDir Path other) {
    FrameworkDir dir =
        new FrameworkDir(other)
            .withBase()
            .write(
                "library/common-controls.yaml",
                FrameworkDir.COMMON.replace("svc_two_enabled", "svc_nine_enabled"))
            .write(
                "mine.yaml",
                """
                id: mine
                name: Mine
                version: "1"
                extends: base
                controlSets:
                  - id: secure
                    controls:
                      - {id: MINE-SEC-01, name: X, type: automated, common: COMMON-NOPE}
                """);
    List<String> problems = CustomFrameworkTest.problems(dir);
    assertEquals(
        List.of(
            "library/common-controls.yaml: commonControls.COMMON-ISOLATE.rules: no rule svc_nine_enabled in the rule base",
            "mine.yaml: control MINE-SEC-01: common: no common control COMMON-NOPE in the library (known: COMMON-ISOLATE)"),
        problems);
  }

  private static LibraryControl entry(List<LibraryControl> all, String id, LibraryType type) {
    return all.stream()
        .filter(c -> c.id().equals(id) && c.type() == type)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " " + id + " in " + ids(all)));
  }

  private static List<String> ids(List<LibraryControl> controls) {
    return controls.stream().map(LibraryControl::id).toList();
  }
}
