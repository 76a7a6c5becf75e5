package dev.assay.evaluation;

import dev.assay.snapshot.RecordedCall;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * One case of a rule case file: AWS responses in, the rules that must fire and the findings the
 * file's rule must report out. See {@link RuleCaseRunner} for the file format.
 *
 * @param responses the recorded calls of the case, the file's background included
 * @param labels where each response came from ({@code background[0]}, {@code responses[2]}), for
 *     messages; parallel to {@code responses}
 * @param now the evaluation clock the rules see
 * @param parameters rule parameters that replace the rule base's for this case
 * @param fired the exact set of rule IDs the whole rule base must fire
 * @param expect the exact findings of the file's rule, in any order
 * @param requests the exact evidence requests the file's rule inserts, in any order, or {@code
 *     null} when the case does not say (required for rules with {@code @output("evidence")})
 */
public record RuleCase(
    String name,
    List<RecordedCall> responses,
    List<String> labels,
    Instant now,
    Map<String, Object> parameters,
    SortedSet<String> fired,
    List<Expected> expect,
    List<ExpectedRequest> requests) {

  /**
   * One evidence request a case expects of its rule.
   *
   * @param instructions the exact instructions, or {@code null} to accept any
   */
  public record ExpectedRequest(String resourceArn, String instructions) {

    @Override
    public String toString() {
      return resourceArn + (instructions == null ? "" : " \"" + instructions + "\"");
    }
  }

  /**
   * One finding a case expects of its rule.
   *
   * @param reason the exact reason, or {@code null} to accept any
   */
  public record Expected(String resourceArn, Status status, String reason) {

    @Override
    public String toString() {
      return status + " " + resourceArn + (reason == null ? "" : " \"" + reason + "\"");
    }
  }
}
