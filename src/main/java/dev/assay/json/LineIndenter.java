package dev.assay.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;

/**
 * A line feed and two spaces per level, as Jackson's {@code DefaultIndenter(" ", "\n")} writes, but
 * each depth's run kept ready as a {@link SerializedString}: the UTF-8 generator copies its bytes
 * in one go instead of encoding the indent character by character, which was the single hottest
 * method of writing an evaluation's JSON (RequestCost under JFR). Immutable, so one instance serves
 * every printer on every thread.
 */
final class LineIndenter implements DefaultPrettyPrinter.Indenter {

  private static final int KEPT_LEVELS = 64;
  private static final SerializedString[] LEVELS = new SerializedString[KEPT_LEVELS];

  static {
    for (int level = 0; level < KEPT_LEVELS; level++) {
      LEVELS[level] = new SerializedString(run(level));
    }
  }

  static final LineIndenter INSTANCE = new LineIndenter();

  private LineIndenter() {}

  @Override
  public void writeIndentation(JsonGenerator generator, int level) throws IOException {
    if (level < KEPT_LEVELS) {
      generator.writeRaw(LEVELS[level]);
    } else {
      generator.writeRaw(run(level));
    }
  }

  @Override
  public boolean isInline() {
    return false;
  }

  private static String run(int level) {
    return "\n" + "  ".repeat(level);
  }
}
