package dev.assay.bench;

import dev.assay.snapshot.Normalization;
import dev.assay.snapshot.NormalizedSnapshot;
import dev.assay.snapshot.Snapshot;
import dev.assay.snapshot.SnapshotReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reading and normalising a snapshot directory: the example snapshot's accounts copied under many
 * account IDs, so the run reads megabytes of real AWS response JSON rather than one small tree.
 */
final class SnapshotBench {

  private final Path example;

  SnapshotBench(Path example) {
    this.example = example;
  }

  Map<String, Object> measure(int copies, int warmups, int rounds) throws IOException {
    Path dir = Files.createTempDirectory("assay-bench-snapshot-");
    try {
      long bytes = copy(dir, copies);
      Normalization normalization = Normalization.standard();
      SnapshotReader reader = new SnapshotReader(normalization.knownOperations());
      Stopwatch read = new Stopwatch();
      Stopwatch readAndNormalize = new Stopwatch();
      int[] facts = new int[1];
      for (int i = 0; i < warmups + rounds; i++) {
        boolean measured = i >= warmups;
        read.run(measured, () -> reader.read(dir));
        readAndNormalize.run(
            measured,
            () -> {
              Snapshot snapshot = reader.read(dir);
              NormalizedSnapshot normalized = normalization.normalize(snapshot);
              facts[0] = normalized.facts().size();
              return normalized;
            });
      }
      double mib = bytes / (1024.0 * 1024.0);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("snapshotMiB", EvaluationBench.round(mib, 1));
      out.put("facts", facts[0]);
      out.put("readMs", read.summary());
      out.put("readAndNormalizeMs", readAndNormalize.summary());
      out.put("readMiBPerSecond", EvaluationBench.round(mib / (read.median() / 1000), 1));
      out.put(
          "readAndNormalizeMiBPerSecond",
          EvaluationBench.round(mib / (readAndNormalize.median() / 1000), 1));
      return out;
    } finally {
      delete(dir);
    }
  }

  /** Copies every account of the example under {@code copies} new IDs; returns the bytes. */
  private long copy(Path dir, int copies) throws IOException {
    List<Path> accounts;
    try (Stream<Path> list = Files.list(example)) {
      accounts = list.filter(Files::isDirectory).sorted().toList();
    }
    long bytes = 0;
    int id = 0;
    for (int c = 0; c < copies; c++) {
      for (Path account : accounts) {
        Path target = dir.resolve(String.format("%012d", 300000000000L + id++));
        try (Stream<Path> walk = Files.walk(account)) {
          for (Path p : walk.sorted().toList()) {
            Path to = target.resolve(account.relativize(p).toString());
            if (Files.isDirectory(p)) {
              Files.createDirectories(to);
            } else {
              Files.copy(p, to);
              bytes += Files.size(p);
            }
          }
        }
      }
    }
    return bytes;
  }

  static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
