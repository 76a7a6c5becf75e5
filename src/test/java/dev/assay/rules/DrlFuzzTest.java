package dev.assay.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.assay.fuzz.Fuzz;
import dev.assay.fuzz.Mutator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed rule files through the loader (denylist, compiler, metadata): DRL with lines dropped,
 * cut or swapped, forbidden imports and calls, broken syntax, invalid UTF-8, and broken metadata
 * YAML. Each loads or is refused with a {@link RuleBaseException} whose problems name a file: no
 * other exception, no crash. The small fixed rule base keeps each compile short.
 */
class DrlFuzzTest {

  @TempDir Path rules;

  @Test
  void malformedRuleFilesLoadOrAreRefusedCleanly() throws IOException {
    try (Stream<Path> files = Files.list(ShippedRules.SMALL_RULES)) {
      for (Path f : files.toList()) {
        Files.copy(f, rules.resolve(f.getFileName()));
      }
    }
    String drl = Files.readString(rules.resolve("secure.drl"));
    String meta = Files.readString(rules.resolve("secure.meta.yaml"));
    Mutator mutator = new Mutator(Fuzz.random("drl"));
    int loaded = 0;
    int refused = 0;
    for (int i = 0; i < Fuzz.cases(0.02); i++) {
      String badDrl = i % 5 == 4 ? drl : mutator.drl(drl);
      Files.writeString(rules.resolve("secure.drl"), badDrl);
      Files.writeString(rules.resolve("secure.meta.yaml"), i % 5 == 4 ? mutator.yaml(meta) : meta);
      try {
        new RuleBaseLoader().load(rules);
        loaded++;
      } catch (RuleBaseException e) {
        assertTrue(
            !e.problems().isEmpty()
                && e.problems().stream().allMatch(p -> p.file() != null && !p.file().isBlank()),
            e.problems().toString());
        refused++;
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        fail("case " + i + " (seed " + Fuzz.SEED + "): " + e + "\n" + badDrl, e);
      }
    }
    assertTrue(loaded > 0 && refused > 0, loaded + " loaded, " + refused + " refused");
  }

  /**
   * The denylist reads hostile text before anything else does, so it gets the bulk of the inputs
   * (it is cheap): every input is checked without an exception, and every forbidden snippet
   * inserted is found.
   */
  @Test
  void theDenylistReadsAnyTextAndFindsWhatIsForbidden() throws IOException {
    String drl = Files.readString(ShippedRules.RULES.resolve("secure.drl"));
    Mutator mutator = new Mutator(Fuzz.random("denylist"));
    for (int i = 0; i < Fuzz.cases(0.25); i++) {
      String bad = mutator.drl(drl);
      try {
        DrlDenylist.check("secure.drl", bad);
      } catch (RuntimeException | StackOverflowError e) {
        fail("case " + i + " (seed " + Fuzz.SEED + "): " + e + "\n" + bad, e);
      }
    }
    String exit = drl.replace("then\n", "then\n    System.exit(0);\n");
    assertTrue(!DrlDenylist.check("secure.drl", exit).isEmpty());
  }
}
