package dev.assay.report;

import java.io.IOException;
import java.nio.file.Path;

/** Zip surgery for tests outside this package. */
public final class ReportTestAccess {

  private ReportTestAccess() {}

  public static Path dropEntry(Path zip, Path target, String name) throws IOException {
    return ReportFixture.rewrite(
        zip,
        target,
        e -> {
          e.put(name, null);
          return e;
        });
  }
}
