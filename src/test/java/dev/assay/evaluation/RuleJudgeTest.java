package dev.assay.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assay.fact.NotebookInstance;
import dev.assay.rules.Domain;
import dev.assay.rules.RuleInfo;
import dev.assay.rules.Severity;
import dev.assay.rules.Violation;
import dev.assay.snapshot.NormalizedSnapshot;
import dev.assay.snapshot.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** How the judge turns a rule's violations into findings, strays and repeated reasons included. */
class RuleJudgeTest {

  private static final String RULE = "sagemaker_notebook_instance_root_access_disabled";
  private static final RuleInfo INFO =
      new RuleInfo(
          RULE,
          Domain.values()[0],
          "secure.drl",
          1,
          Severity.MEDIUM,
          "NotebookInstance",
          "Root access is disabled",
          "risk",
          "remediation",
          List.of(),
          null,
          false);

  private final NotebookInstance a = notebook("111111111111", "a");
  private final NotebookInstance b = notebook("111111111111", "b");
  private final NotebookInstance c = notebook("222222222222", "c");
  private final NormalizedSnapshot snapshot =
      new NormalizedSnapshot(
          List.of(a, b, c),
          List.of(),
          new TreeSet<>(
              List.of(
                  new Scope("111111111111", "us-east-1"), new Scope("222222222222", "us-east-1"))),
          List.of());

  @Test
  void violationsFailTheirResourcesWithEveryDistinctReasonInOrderAndTheRestPass() {
    List<Finding> findings =
        judge(
            List.of(
                new Violation(RULE, b.arn(), "Second reason."),
                new Violation(RULE, b.arn(), "First reason."),
                new Violation(RULE, b.arn(), "Second reason."),
                new Violation(RULE, c.arn(), "Only reason.")));

    assertEquals(
        List.of(
            a.arn() + " PASS " + a.arn() + " meets the rule: Root access is disabled.",
            b.arn() + " FAIL First reason. Second reason.",
            c.arn() + " FAIL Only reason."),
        lines(findings));
  }

  @Test
  void aViolationOnAResourceTheRuleDoesNotJudgeStillFails() {
    String unknown = "arn:aws:sagemaker:us-east-1:333333333333:notebook-instance/gone";
    List<Finding> findings =
        judge(List.of(new Violation(RULE, unknown, "Gone."), new Violation(RULE, a.arn(), "A.")));

    assertEquals(4, findings.size());
    Finding stray = findings.get(3);
    assertEquals(List.of(unknown, "FAIL", "unknown", "Gone."), fields(stray));
  }

  @Test
  void judgingARuleAgainGivesTheSameFindings() {
    String unknown = "arn:aws:sagemaker:us-east-1:333333333333:notebook-instance/gone";
    RuleJudge judge =
        new RuleJudge(
            new FactIndex(snapshot),
            RuleJudge.index(
                List.of(
                    new Violation(RULE, unknown, "Gone."), new Violation(RULE, a.arn(), "A."))));

    List<Finding> first = judge.judge(INFO, List.of("c1"), snapshot.scopes());
    List<Finding> again = judge.judge(INFO, List.of("c1"), snapshot.scopes());

    assertEquals(first, again);
    assertEquals(4, again.size());
  }

  private List<Finding> judge(List<Violation> violations) {
    Map<String, Map<String, Reasons>> index = RuleJudge.index(violations);
    return new RuleJudge(new FactIndex(snapshot), index)
        .judge(INFO, List.of("c1"), snapshot.scopes());
  }

  private static List<String> lines(List<Finding> findings) {
    List<String> out = new ArrayList<>();
    findings.forEach(f -> out.add(f.resourceArn() + " " + f.status() + " " + f.reason()));
    return out;
  }

  private static List<String> fields(Finding f) {
    return List.of(f.resourceArn(), f.status().name(), f.accountId(), f.reason());
  }

  private static NotebookInstance notebook(String account, String name) {
    return new NotebookInstance(
        "arn:aws:sagemaker:us-east-1:" + account + ":notebook-instance/" + name,
        account,
        "us-east-1",
        name,
        false,
        true,
        null,
        null,
        null,
        null);
  }
}
