package dev.assay.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RuleBaseLoaderTest {

  @Test
  void loadsTheShippedRules() {
    RuleBase base = new RuleBaseLoader().load(Path.of("rules"));
    assertTrue(base.rules().size() >= 8, base.rules().keySet().toString());
    assertTrue(base.version().startsWith("sha256:"));
    assertEquals(17, base.files().size(), "8 DRL files, 8 metadata files, parameters.yaml");
  }
}
