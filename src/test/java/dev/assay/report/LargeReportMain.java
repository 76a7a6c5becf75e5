package dev.assay.report;

import dev.assay.assessment.AssessmentSettings;
import dev.assay.assessment.AssessmentStore;
import dev.assay.assessment.store.StoreDatabase;
import dev.assay.evaluation.AssayEngine;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds one report in a JVM of its own, so a test can give it a small heap: {@code jdbcUrl dataDir
 * assessmentId output.zip}. Prints the record's evidence count and exits 0 on success.
 */
public final class LargeReportMain {

  private LargeReportMain() {}

  public static void main(String[] args) {
    Path data = Path.of(args[1]);
    Supplier<AssayEngine> noEngine =
        () -> {
          throw new IllegalStateException("a report needs no rule base");
        };
    // Closed at the end: the store-only context keeps non-daemon executor threads alive.
    try (StoreDatabase database = StoreDatabase.open(args[0], 2)) {
      build(args, data, noEngine, database);
    }
  }

  private static void build(
      String[] args, Path data, Supplier<AssayEngine> noEngine, StoreDatabase database) {
    AssessmentStore store =
        new AssessmentStore(
            database,
            noEngine,
            AssessmentSettings.defaults(data),
            (a, run, input) -> input,
            Clock.systemUTC());
    ReportSettings settings = ReportSettings.defaults(data);
    SigningKey key = SigningKeys.load(settings);
    Reports reports =
        new Reports(
            store,
            id -> Optional.empty(),
            settings,
            () -> key,
            Clock.systemUTC(),
            data.resolve("work"));
    long start = System.nanoTime();
    ReportRecord r = reports.create(args[2], ReportRequest.whole(), "bench", Path.of(args[3]));
    long millis = (System.nanoTime() - start) / 1_000_000;
    Runtime rt = Runtime.getRuntime();
    System.out.println(
        "items="
            + r.evidenceItems()
            + " files="
            + r.files()
            + " bytes="
            + r.sizeBytes()
            + " millis="
            + millis
            + " maxHeap="
            + rt.maxMemory());
  }
}
