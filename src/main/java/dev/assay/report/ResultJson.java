package dev.assay.report;

import dev.assay.evaluation.EvaluationResult;
import dev.assay.json.PrettyJson;

/** The JSON form of an evaluation result, the same from the CLI and the HTTP API. */
public final class ResultJson {

  private ResultJson() {}

  public static String write(EvaluationResult result) {
    return PrettyJson.write(result);
  }

  /** The same document as {@link #write}, as UTF-8 bytes. */
  public static byte[] writeBytes(EvaluationResult result) {
    return PrettyJson.writeBytes(result);
  }
}
