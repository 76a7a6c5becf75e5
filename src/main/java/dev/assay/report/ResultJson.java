package dev.assay.report;

import dev.assay.evaluation.EvaluationResult;
import java.nio.charset.StandardCharsets;

/**
 * The JSON form of an evaluation result, the same from the CLI and the HTTP API: {@link
 * dev.assay.json.PrettyJson}'s layout, written by {@link ResultJsonWriter} for both doors.
 */
public final class ResultJson {

  private static final int INITIAL_BUFFER = 64 * 1024;
  private static final int MAX_KEPT_BUFFER = 4 << 20;

  // The thread's buffer from its last document: growing a fresh one to an evaluation's few hundred
  // KB copied it four times and allocated about 1 MB per request (RequestCost bench).
  private static final ThreadLocal<Utf8JsonOut> BUFFER =
      ThreadLocal.withInitial(() -> new Utf8JsonOut(INITIAL_BUFFER));

  private ResultJson() {}

  public static String write(EvaluationResult result) {
    return new String(writeBytes(result), StandardCharsets.UTF_8);
  }

  /** The same document as {@link #write}, as UTF-8 bytes. */
  public static byte[] writeBytes(EvaluationResult result) {
    Utf8JsonOut out = BUFFER.get();
    out.reset();
    try {
      new ResultJsonWriter(out).write(result);
      return out.toByteArray();
    } finally {
      if (out.capacity() > MAX_KEPT_BUFFER) {
        // A rare huge document does not stay pinned to the thread.
        BUFFER.remove();
      }
    }
  }
}
