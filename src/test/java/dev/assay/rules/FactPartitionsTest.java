package dev.assay.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.fact.Agent;
import dev.assay.fact.EvaluationContext;
import dev.assay.fact.GuardrailContentFilter;
import dev.assay.fact.NotebookInstance;
import dev.assay.fact.RuleParameters;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Groups for parallel sessions never separate facts a rule could join. */
class FactPartitionsTest {

  private static final EvaluationContext CONTEXT =
      new EvaluationContext(Instant.parse("2026-11-20T00:00:00Z"), RuleParameters.none());

  @Test
  void readsTheAccountOfAnArnOrAnAccountId() {
    assertEquals("111111111111", FactPartitions.accountIn("111111111111"));
    assertEquals(
        "222222222222", FactPartitions.accountIn("arn:aws:iam::222222222222:role/agent-role"));
    assertEquals(
        "333333333333",
        FactPartitions.accountIn("arn:aws:bedrock:us-east-1:333333333333:guardrail/g1"));
    assertNull(FactPartitions.accountIn("arn:aws:s3:::bucket-of-111111111111"));
    assertNull(FactPartitions.accountIn("notebook-al2-v3"));
    assertNull(FactPartitions.accountIn(null));
  }

  @Test
  void accountsLinkedByAnArnShareAGroupAndSharedFactsGoToEveryGroup() {
    Object a = notebook("111111111111");
    Object b = notebook("222222222222");
    Object c = notebook("333333333333");
    // An agent in account 1 running as a role of account 3 links the two accounts.
    Object agent =
        new Agent(
            "arn:aws:bedrock:us-east-1:111111111111:agent/a1",
            "111111111111",
            "us-east-1",
            "a1",
            "a1",
            null,
            600,
            "arn:aws:iam::333333333333:role/r");
    Object filter =
        new GuardrailContentFilter(
            "arn:aws:bedrock:us-east-1:222222222222:guardrail/g", "HATE", "HIGH", "HIGH");

    List<List<Object>> groups =
        FactPartitions.split(List.of(a, b, c, agent, filter, CONTEXT), 2).groups();

    assertEquals(2, groups.size());
    List<Object> withA = groups.stream().filter(g -> g.contains(a)).findFirst().orElseThrow();
    assertTrue(withA.containsAll(List.of(a, c, agent)), withA.toString());
    List<Object> withB = groups.stream().filter(g -> g.contains(b)).findFirst().orElseThrow();
    assertTrue(withB.contains(filter) && !withB.contains(a), withB.toString());
    assertTrue(groups.stream().allMatch(g -> g.contains(CONTEXT)));
  }

  @Test
  void aFactItCannotReadKeepsOneSession() {
    record Hidden(String accountId) {}
    List<Object> facts =
        List.of(notebook("111111111111"), notebook("222222222222"), new Hidden("x"));

    assertEquals(List.of(facts), FactPartitions.split(facts, 2).groups());
  }

  private static NotebookInstance notebook(String account) {
    return new NotebookInstance(
        "arn:aws:sagemaker:us-east-1:" + account + ":notebook-instance/nb",
        account,
        "us-east-1",
        "nb",
        true,
        false,
        null,
        null,
        null,
        null);
  }
}
