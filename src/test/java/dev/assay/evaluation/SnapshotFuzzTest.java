package dev.assay.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.assay.fuzz.Fuzz;
import dev.assay.fuzz.Mutator;
import dev.assay.snapshot.Snapshot;
import dev.assay.snapshot.SnapshotException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed snapshots through the snapshot reader and the evaluator: recorded responses truncated,
 * with bytes flipped or invalid UTF-8, values of the wrong type, huge or deeply nested, and
 * misnamed files. Every one either evaluates or is refused with a {@link SnapshotException}: no
 * other exception, no crash.
 */
class SnapshotFuzzTest {

  static final Path SOURCE = Path.of("examples/snapshot/111111111111/us-east-1");
  static final Instant AT = Instant.parse("2026-11-20T00:00:00Z");

  static AssayEngine engine;
  static List<Path> files;

  @TempDir Path temp;

  @BeforeAll
  static void load() throws IOException {
    engine = AssayEngine.load(Path.of("rules"), Path.of("frameworks"), "genai-starter");
    try (Stream<Path> list = Files.list(SOURCE)) {
      files = list.sorted().toList();
    }
  }

  @Test
  void malformedSnapshotsEvaluateOrAreRefusedCleanly() throws IOException {
    Mutator mutator = new Mutator(Fuzz.random("snapshots"));
    int cases = Fuzz.cases(0.2);
    int evaluated = 0;
    int refused = 0;
    for (int i = 0; i < cases; i++) {
      Path dir = temp.resolve("case-" + i);
      Path region = dir.resolve("111111111111").resolve(region(mutator, i));
      Files.createDirectories(region);
      int count = 1 + mutator.random().nextInt(3);
      List<String> written = new ArrayList<>();
      for (int f = 0; f < count; f++) {
        Path good = files.get(mutator.random().nextInt(files.size()));
        byte[] content = Files.readAllBytes(good);
        byte[] bad =
            mutator.random().nextBoolean()
                ? mutator.bytes(content)
                : mutator.json(
                    Mutator.parse(new String(content, java.nio.charset.StandardCharsets.UTF_8)));
        String name =
            mutator.random().nextInt(10) == 0
                ? "x" + good.getFileName()
                : good.getFileName().toString();
        Files.write(region.resolve(name), bad);
        written.add(name);
      }
      try {
        Snapshot snapshot = engine.snapshotReader().read(dir);
        engine.evaluate(snapshot, null, AT);
        evaluated++;
      } catch (SnapshotException e) {
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "a refusal says why");
        refused++;
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        fail("case " + i + " (seed " + Fuzz.SEED + ", files " + written + "): " + e, e);
      }
      delete(dir);
    }
    assertTrue(evaluated > 0 && refused > 0, evaluated + " evaluated, " + refused + " refused");
  }

  private static String region(Mutator mutator, int i) {
    return mutator.random().nextInt(20) == 0 ? "not-a-region-" + i : "us-east-1";
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
