package dev.assay.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.evaluation.AssayEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reloading frameworks through the holder, without a server: taken, unchanged, rejected. */
class EngineHolderTest {

  @Test
  void frameworkChangesAreTakenOrRejectedAndNothingChangedSwapsNothing(@TempDir Path dir)
      throws IOException {
    Path rules = copy(Path.of("rules"), dir.resolve("rules"));
    Path frameworks = copy(Path.of("frameworks"), dir.resolve("frameworks"));
    EngineHolder holder =
        EngineHolder.start(
            new EngineSource(rules, frameworks, "genai-starter", null), Clock.systemUTC());
    List<ServedVersion> recorded = new ArrayList<>();
    holder.onServing(recorded::add);
    AssayEngine first = holder.current();

    ReloadOutcome same = holder.reload("manual");
    assertFalse(same.swapped() || same.rejected());
    assertSame(first, holder.current());

    Path starter = frameworks.resolve("genai-starter.yaml");
    String text = Files.readString(starter);
    String rule = "sagemaker_notebook_instance_without_direct_internet_access_configured";
    assertTrue(text.contains(rule));
    Files.writeString(starter, text.replace(rule, "no_such_rule"));
    ReloadOutcome rejected = holder.reload("watch");
    assertTrue(rejected.rejected());
    assertTrue(
        rejected.rejection().problems().stream()
            .anyMatch(p -> p.startsWith("genai-starter.yaml") && p.contains("no_such_rule")),
        rejected.rejection().problems().toString());
    assertSame(first, holder.current());
    assertTrue(holder.rejected().isPresent());

    Files.writeString(starter, text + "\n# a comment changes the file\n");
    ReloadOutcome taken = holder.reload("watch");
    assertTrue(taken.swapped(), String.valueOf(taken.rejection()));
    assertTrue(holder.rejected().isEmpty());
    assertNotEquals(first.frameworks().version(), holder.current().frameworks().version());
    assertEquals(first.ruleBase().version(), holder.current().ruleBase().version());
    assertEquals(2, holder.versions().size());
    assertEquals(holder.versions().get(1).servedFrom(), holder.versions().get(0).servedUntil());
    assertEquals(2, recorded.size());
    assertEquals("watch", recorded.get(1).trigger());
  }

  @Test
  void brokenFilesAtStartupAreRefusedWithEveryProblem(@TempDir Path dir) throws IOException {
    Path rules = copy(Path.of("rules"), dir.resolve("rules"));
    Files.delete(rules.resolve("fair.drl"));
    EngineRejectedException e =
        assertThrows(
            EngineRejectedException.class,
            () ->
                EngineHolder.start(
                    new EngineSource(rules, Path.of("frameworks"), "genai-starter", null),
                    Clock.systemUTC()));
    assertTrue(e.problems().toString().contains("fair.drl: missing"), e.problems().toString());
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.sorted().toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }
}
