package dev.assay.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code renamedFrom}: old control IDs mapped to the control that now carries them, checked. */
class RenamedControlTest {

  @TempDir Path tmp;

  private static String framework(String secureControls) {
    return """
        id: renamed
        name: Renamed
        version: "2"
        controlSets:
          - id: secure
            name: Secure
            controls:
        %s
        """
        .formatted(secureControls.indent(6).stripTrailing());
  }

  @Test
  void oldIdsMapToTheRenamedControlAndACustomFrameworkKeepsThem() {
    FrameworkCatalog catalog =
        new FrameworkDir(tmp)
            .write(
                "renamed.yaml",
                framework(
                    """
                    - {id: REN-SEC-10, name: Isolated, domain: secure, type: automated, rules: [svc_one_enabled],
                       renamedFrom: [REN-SEC-01, REN-SEC-02]}
                    - {id: REN-SEC-03, name: Reviewed, domain: secure, type: automated, rules: [svc_two_enabled]}"""))
            .write(
                "mine.yaml",
                "id: mine\nname: Mine\nversion: '1'\nextends: renamed\n"
                    + "override: {REN-SEC-10: {name: Sealed}}\n")
            .load();
    Framework renamed = catalog.find("renamed").orElseThrow();
    assertEquals(Map.of("REN-SEC-01", "REN-SEC-10", "REN-SEC-02", "REN-SEC-10"), renamed.renames());
    assertEquals("REN-SEC-10", renamed.currentId("REN-SEC-01"));
    assertEquals("REN-SEC-03", renamed.currentId("REN-SEC-03"));
    assertEquals(
        List.of("REN-SEC-01", "REN-SEC-02"),
        renamed.control("REN-SEC-10").orElseThrow().renamedFrom());
    assertEquals(renamed.renames(), catalog.find("mine").orElseThrow().renames());
  }

  @Test
  void anOldIdMayNameNoLiveControlAndOnlyOneRenamedControl() {
    FrameworkDir dir =
        new FrameworkDir(tmp)
            .write(
                "renamed.yaml",
                framework(
                    """
                    - {id: REN-SEC-10, name: A, domain: secure, type: automated, rules: [svc_one_enabled],
                       renamedFrom: [REN-SEC-03, REN-SEC-01]}
                    - {id: REN-SEC-11, name: B, domain: secure, type: automated, rules: [svc_two_enabled],
                       renamedFrom: [REN-SEC-01]}
                    - {id: REN-SEC-03, name: C, domain: secure, type: automated, rules: [svc_two_enabled]}"""));
    List<String> problems = assertThrows(FrameworkException.class, dir::load).problems();
    assertEquals(
        List.of(
            "renamed.yaml: control REN-SEC-10: renamedFrom: REN-SEC-03 is still a control of"
                + " renamed",
            "renamed.yaml: control REN-SEC-11: renamedFrom: REN-SEC-01 is already renamed to"
                + " REN-SEC-10"),
        problems);
  }

  @Test
  void theSchemaChecksTheOldIds() {
    FrameworkDir dir =
        new FrameworkDir(tmp)
            .write(
                "renamed.yaml",
                framework(
                    """
                    - {id: REN-SEC-10, name: A, domain: secure, type: automated, rules: [svc_one_enabled],
                       renamedFrom: [not-an-id]}"""));
    List<String> problems = assertThrows(FrameworkException.class, dir::load).problems();
    assertTrue(problems.toString().contains("renamedFrom"), problems.toString());
  }
}
