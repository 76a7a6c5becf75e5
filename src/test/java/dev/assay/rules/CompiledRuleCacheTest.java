package dev.assay.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.assay.evaluation.AssayEngine;
import dev.assay.evaluation.EvaluationResult;
import dev.assay.framework.FrameworkLoader;
import dev.assay.snapshot.Normalization;
import dev.assay.snapshot.Snapshot;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompiledRuleCacheTest {

  private static final Instant AT = Instant.parse("2026-11-20T00:00:00Z");

  @TempDir Path dir;

  @Test
  void aRuleBaseReadFromTheCacheEvaluatesAsTheCompiledOneDoes() throws Exception {
    CompiledRuleCache cache = new CompiledRuleCache(dir.resolve("cache"));
    RuleBase compiled = new RuleBaseLoader().load(ShippedRules.RULES, Optional.empty());
    RuleBase first = new RuleBaseLoader().load(ShippedRules.RULES, Optional.of(cache));
    assertEquals(1, entries(dir.resolve("cache")).size(), "the first load stores its compile");

    Map<Domain, String> sources =
        RuleBaseLoader.readDomainFiles(ShippedRules.RULES, new ArrayList<>());
    var fromCache = cache.loadOrCompile(sources, () -> fail("compiled although cached"));
    RuleBase cached =
        new RuleBase(
            compiled.version(),
            fromCache,
            compiled.rules(),
            compiled.files(),
            compiled.parameters());

    EvaluationResult expected = evaluate(compiled);
    assertFalse(expected.findings().isEmpty());
    assertTrue(expected.findings().stream().anyMatch(f -> f.status().name().equals("FAIL")));
    assertEquals(expected, evaluate(cached));
    assertEquals(expected, evaluate(first));
    assertEquals(
        compiled.rules(),
        new RuleBaseLoader().load(ShippedRules.RULES, Optional.of(cache)).rules());
  }

  @Test
  void anUnreadableOrForeignEntryIsDroppedAndTheRulesCompiled() throws Exception {
    CompiledRuleCache cache = new CompiledRuleCache(dir);
    Map<Domain, String> sources =
        RuleBaseLoader.readDomainFiles(ShippedRules.SMALL_RULES, new ArrayList<>());
    String key = CompiledRuleCache.key(sources);
    // The right header, then a serialised object of a class the cache never holds.
    ByteArrayOutputStream planted = new ByteArrayOutputStream();
    planted.write(("assay-rule-base-1\n" + key + "\n").getBytes());
    try (ObjectOutputStream out = new ObjectOutputStream(planted)) {
      out.writeObject(new java.util.ArrayList<>(List.of(new javax.management.ObjectName("a:b=c"))));
    }
    Files.write(dir.resolve(key + ".bin"), planted.toByteArray());

    int[] compiles = {0};
    var kieBase =
        cache.loadOrCompile(
            sources,
            () -> {
              compiles[0]++;
              return ShippedRules.ruleBase().kieBase();
            });
    assertEquals(1, compiles[0], "the planted entry is not used");
    assertEquals(ShippedRules.ruleBase().kieBase(), kieBase);
    assertTrue(Files.size(dir.resolve(key + ".bin")) > 1000, "replaced by the compiled rules");
  }

  @Test
  void theKeyChangesWithAnyRuleFile() {
    Map<Domain, String> sources =
        RuleBaseLoader.readDomainFiles(ShippedRules.RULES, new ArrayList<>());
    Map<Domain, String> edited = new EnumMap<>(sources);
    Domain any = edited.keySet().iterator().next();
    edited.put(any, edited.get(any) + "\n// edited\n");
    assertEquals(CompiledRuleCache.key(sources), CompiledRuleCache.key(new EnumMap<>(sources)));
    assertNotEquals(CompiledRuleCache.key(sources), CompiledRuleCache.key(edited));
  }

  @Test
  void aFailedCompileIsNotCached() {
    CompiledRuleCache cache = new CompiledRuleCache(dir);
    Map<Domain, String> sources =
        RuleBaseLoader.readDomainFiles(ShippedRules.SMALL_RULES, new ArrayList<>());
    assertEquals(null, cache.loadOrCompile(sources, () -> null));
    assertTrue(entries(dir).isEmpty());
  }

  @Test
  void keepsOnlyTheNewestEntries() throws Exception {
    CompiledRuleCache cache = new CompiledRuleCache(dir);
    Map<Domain, String> sources =
        RuleBaseLoader.readDomainFiles(ShippedRules.SMALL_RULES, new ArrayList<>());
    for (int i = 0; i < CompiledRuleCache.KEPT + 2; i++) {
      Files.writeString(dir.resolve("old-" + i + ".bin"), "x");
      Files.setLastModifiedTime(
          dir.resolve("old-" + i + ".bin"), java.nio.file.attribute.FileTime.fromMillis(1000L * i));
    }
    cache.loadOrCompile(sources, () -> ShippedRules.ruleBase().kieBase());
    List<Path> left = entries(dir);
    assertEquals(CompiledRuleCache.KEPT, left.size(), left.toString());
    assertTrue(left.contains(dir.resolve(CompiledRuleCache.key(sources) + ".bin")));
    assertFalse(left.contains(dir.resolve("old-0.bin")));
  }

  private static EvaluationResult evaluate(RuleBase ruleBase) {
    AssayEngine engine =
        new AssayEngine(
            ruleBase,
            new FrameworkLoader(ruleBase.rules().keySet()).load(ShippedRules.FRAMEWORKS),
            Normalization.standard(),
            AssayEngine.DEFAULT_FRAMEWORK);
    Snapshot snapshot = engine.snapshotReader().read(Path.of("examples/snapshot"));
    return engine.evaluate(snapshot, null, AT);
  }

  private static List<Path> entries(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
