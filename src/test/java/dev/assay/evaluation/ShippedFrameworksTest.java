package dev.assay.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.framework.CommonControl;
import dev.assay.framework.Control;
import dev.assay.framework.ControlType;
import dev.assay.framework.Framework;
import dev.assay.framework.FrameworkCatalog;
import dev.assay.framework.FrameworkLoader;
import dev.assay.framework.FrameworkType;
import dev.assay.framework.LibraryControl;
import dev.assay.framework.LibraryType;
import dev.assay.rules.ShippedRules;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped frameworks directory: its custom example and its common controls. */
class ShippedFrameworksTest {

  private static FrameworkCatalog catalog;

  @BeforeAll
  static void load() {
    catalog =
        new FrameworkLoader(ShippedRules.ruleBase().rules().keySet()).load(ShippedRules.FRAMEWORKS);
  }

  @Test
  void theStarterIsStandardAndTheBedrockOnlyExampleIsCustom() {
    Framework starter = catalog.find("genai-starter").orElseThrow();
    Framework bedrock = catalog.find("genai-starter-bedrock-only").orElseThrow();
    assertEquals(FrameworkType.STANDARD, starter.type());
    assertEquals(FrameworkType.CUSTOM, bedrock.type());
    assertEquals("genai-starter", bedrock.extendsId());
    assertEquals(starter.resolvedHash(), bedrock.baseContentHash());
  }

  @Test
  void theBedrockOnlyExampleHasNoSageMakerControl() {
    Framework bedrock = catalog.find("genai-starter-bedrock-only").orElseThrow();
    List<String> sageMakerRules =
        bedrock
            .controls()
            .flatMap(c -> c.rules().stream())
            .filter(r -> r.startsWith("sagemaker_"))
            .toList();
    assertEquals(List.of(), sageMakerRules);
    Control own = bedrock.control("BEDROCK-SEC-01").orElseThrow();
    assertEquals(ControlType.MANUAL, own.type());
    assertEquals("genai-starter-bedrock-only", own.origin());
    assertTrue(bedrock.controls().anyMatch(c -> c.origin().equals("genai-starter")));
  }

  @Test
  void commonControlsLoadWithRulesThatExist() {
    assertTrue(catalog.commonControls().size() >= 8, catalog.commonControls().keySet().toString());
    for (CommonControl common : catalog.commonControls().values()) {
      assertFalse(common.rules().isEmpty(), common.id());
      common.rules().forEach(r -> assertTrue(ShippedRules.ruleBase().rule(r).isPresent(), r));
    }
    List<LibraryControl> encryption = catalog.library().search("encrypt", LibraryType.COMMON, null);
    assertEquals("COMMON-ENCRYPT-AT-REST", encryption.get(0).id());
  }
}
