package dev.assay.assessment;

import dev.assay.evaluation.AssayEngine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The shipped rules and frameworks, compiled once for all assessment tests. */
final class TestEngine {

  static final Path SNAPSHOT = Path.of("examples/snapshot");
  private static AssayEngine engine;

  private TestEngine() {}

  static synchronized AssayEngine get() {
    if (engine == null) {
      engine = AssayEngine.load(Path.of("rules"), Path.of("frameworks"), "genai-starter");
    }
    return engine;
  }

  /** A clock tests move by hand. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
