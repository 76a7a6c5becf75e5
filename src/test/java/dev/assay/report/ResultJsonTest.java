package dev.assay.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assay.evaluation.ControlResult;
import dev.assay.evaluation.ControlStatus;
import dev.assay.evaluation.EvaluationResult;
import dev.assay.evaluation.Finding;
import dev.assay.evaluation.Status;
import dev.assay.evaluation.Task;
import dev.assay.evaluation.TaskStatus;
import dev.assay.json.PrettyJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hand-written result JSON is what Jackson writes for the same records in {@link PrettyJson}'s
 * layout, byte for byte: every component of every record, nulls, empty lists and every character
 * that needs escaping or more than one UTF-8 byte.
 */
class ResultJsonTest {

  /** Every ASCII character, then some of two, three and four UTF-8 bytes. */
  private static final String NASTY =
      asciiTable() + " räksmörgås \u2013 \u00A0 \uFFFD \uD83D\uDE00 end \\ \" /";

  private static String asciiTable() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x80; c++) {
      all.append(c);
    }
    return all.toString();
  }

  private static EvaluationResult result(List<String> skipped) {
    List<Finding> findings = new ArrayList<>();
    findings.add(
        new Finding(
            "r1",
            List.of("C-1", "C-2"),
            Status.FAIL,
            "high",
            "arn:aws:s3:::b",
            "S3Bucket",
            "111111111111",
            "eu-west-1",
            NASTY));
    findings.add(new Finding("r2", List.of(), Status.PASS, null, null, null, null, null, ""));
    findings.add(new Finding(null, null, null, null, null, null, null, null, null));
    List<ControlResult> controls =
        List.of(
            new ControlResult("C-1", "set", NASTY, ControlStatus.NON_COMPLIANT, 1, 2, 3, 4, 5),
            new ControlResult(
                null, null, null, null, Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1, 10),
            new ControlResult("C-3", "set", "n", ControlStatus.COMPLIANT, 9, 99, 100, 1009, -10));
    List<Task> tasks =
        List.of(
            new Task("C-1", null, TaskStatus.OPEN, "2026-11-20", NASTY),
            new Task(null, "arn:x", null, null, null));
    return new EvaluationResult(
        "sha256:abc", "fw", null, "2026-11-20T00:00:00Z", skipped, findings, controls, tasks);
  }

  @Test
  void writesWhatJacksonWritesForEveryKindOfValue() {
    for (EvaluationResult result :
        List.of(
            result(List.of("responses[0]: no rule reads x y", NASTY)),
            result(List.of()),
            result(null),
            new EvaluationResult(null, null, null, null, null, null, null, null),
            new EvaluationResult("v", "f", "1", "t", List.of(), List.of(), List.of(), List.of()))) {
      String expected = PrettyJson.write(result);
      assertEquals(expected, ResultJson.write(result));
      assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), ResultJson.writeBytes(result));
    }
  }

  @Test
  void aLoneSurrogateIsWrittenAsTheCliTextEncodesIt() {
    // Jackson keeps a lone surrogate in the text; encoding that text as UTF-8 gives "?".
    EvaluationResult result =
        new EvaluationResult(
            "v",
            "f",
            "1",
            "t",
            List.of("a\uD83Db", "c\uDE00", "\uD83D"),
            List.of(),
            List.of(),
            List.of());
    assertArrayEquals(
        PrettyJson.write(result).getBytes(StandardCharsets.UTF_8), ResultJson.writeBytes(result));
  }

  @Test
  void aLargeDocumentThenASmallOneOnTheSameThread() {
    // The buffer is reused per thread: a shorter document must not carry the longer one's tail,
    // and one beyond what a thread keeps is still written whole.
    for (int size : new int[] {200_000, 10, 5_000_000, 10}) {
      EvaluationResult result =
          new EvaluationResult(
              "v", "f", "1", "t", List.of("x".repeat(size)), List.of(), List.of(), List.of());
      assertArrayEquals(
          PrettyJson.write(result).getBytes(StandardCharsets.UTF_8), ResultJson.writeBytes(result));
    }
  }
}
