package dev.assay.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.evaluation.Finding;
import dev.assay.evaluation.Status;
import dev.assay.evaluation.Task;
import dev.assay.evaluation.TaskStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a delegate's {@link ReadScope} keeps of an assessment with sets {@code x} and {@code y}. */
class ReadScopeTest {

  private static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");
  private static final List<AssessmentControl> CONTROLS =
      List.of(control("X-1", "x"), control("X-2", "x"), control("Y-1", "y"));

  @Test
  void anOpenDelegationScopesToItsSetAndCompletionOrAnInactiveAssessmentEndsIt() {
    ReadScope inProgress = scope(AssessmentStatus.ACTIVE, DelegationStatus.IN_PROGRESS);
    assertEquals(Set.of("X-1", "X-2"), inProgress.controls());
    assertEquals(
        Set.of("X-1", "X-2"),
        scope(AssessmentStatus.ACTIVE, DelegationStatus.UNDER_REVIEW).controls(),
        "submitted: still readable until the owner completes it");
    assertEquals(Set.of(), scope(AssessmentStatus.ACTIVE, DelegationStatus.COMPLETE).controls());
    assertEquals(
        Set.of(), scope(AssessmentStatus.INACTIVE, DelegationStatus.IN_PROGRESS).controls());
    Relation owner =
        new Relation(assessment(AssessmentStatus.ACTIVE), true, List.of(delegation("d1", "x")));
    assertSame(ReadScope.ALL, ReadScope.of(owner, CONTROLS));
  }

  @Test
  void listsKeepOnlyTheDelegatedSetAndFindingsNameOnlyItsControls() {
    ReadScope scope = scope(AssessmentStatus.ACTIVE, DelegationStatus.IN_PROGRESS);
    assertEquals(
        List.of("x"), scope.controlSets(sets()).stream().map(s -> s.controlSetId()).toList());
    Finding shared = finding("rule_shared", List.of("Y-1", "X-2"));
    List<Finding> kept = scope.findings(List.of(shared, finding("rule_y", List.of("Y-1"))));
    assertEquals(1, kept.size());
    assertEquals(List.of("X-2"), kept.get(0).controlIds(), "Y-1 is not named");
    List<Task> tasks =
        scope.tasks(
            List.of(
                new Task("X-1", null, TaskStatus.OPEN, "2026-12-01", "upload"),
                new Task("Y-1", null, TaskStatus.OPEN, "2026-12-01", "upload")));
    assertEquals(List.of("X-1"), tasks.stream().map(Task::controlId).toList());
  }

  @Test
  void theChangeLogKeepsTheSetsControlsAndOwnDelegationsButNothingAssessmentWide() {
    ReadScope scope = scope(AssessmentStatus.ACTIVE, DelegationStatus.IN_PROGRESS);
    List<ChangeLogEntry> log =
        List.of(
            entry("ASSESSMENT", "a1", "RUN"),
            entry("CONTROL", "X-1", "COMMENT"),
            entry("CONTROL", "Y-1", "COMMENT"),
            entry("CONTROL_SET", "x", "UNDER_REVIEW"),
            entry("CONTROL_SET", "y", "UNDER_REVIEW"),
            entry("DELEGATION", "d1", "CREATE"),
            entry("DELEGATION", "d-other", "CREATE"));
    assertEquals(
        List.of("X-1", "x", "d1"),
        scope.changeLog(log).stream().map(ChangeLogEntry::objectId).toList());
    assertEquals(log, ReadScope.ALL.changeLog(log));
  }

  @Test
  void anotherSetsControlIsRefusedAsAnUnknownOne() {
    ReadScope scope = scope(AssessmentStatus.ACTIVE, DelegationStatus.IN_PROGRESS);
    AssessmentException e =
        assertThrows(AssessmentException.class, () -> scope.requireControl("Y-1"));
    assertEquals(AssessmentException.notFound("control", "Y-1").getMessage(), e.getMessage());
    assertEquals("unknown-control", e.slug());
    scope.requireControl("X-1");
    assertTrue(ReadScope.ALL.seesControl("Y-1"));
  }

  @Test
  void aDelegateReadsOnlyTheGapsBehindTheErrorsOfTheirControls() {
    String guardrail = "111111111111/us-east-1 bedrock.GetGuardrail: AccessDenied: no";
    String endpoint = "111111111111/us-east-1 sagemaker.DescribeEndpointConfig: AccessDenied: no";
    String otherAccount = "222222222222/us-east-1 bedrock.GetGuardrail: AccessDenied: no";
    String role = "111111111111/global iam.GetRole: AccessDenied: no";
    Finding error =
        new Finding(
            "rule_x",
            List.of("X-1"),
            Status.ERROR,
            "high",
            "arn:aws:bedrock:us-east-1:111111111111:guardrail/g1",
            "Guardrail",
            "111111111111",
            "us-east-1",
            "Could not read bedrock GetGuardrail for arn:g1 in account 111111111111 region"
                + " us-east-1 (AccessDenied: no). Could not read iam GetRole in account"
                + " 111111111111 region us-east-1 (AccessDenied: no).");
    List<String> gaps = List.of(guardrail, endpoint, otherAccount, role, "not a gap");
    assertEquals(List.of(guardrail, role), ReadScope.gaps(gaps, List.of(error)));
    assertEquals(
        List.of(),
        ReadScope.gaps(gaps, List.of(finding("rule_x", List.of("X-1")))),
        "a FAIL finding names no gap");

    ReadScope scope = scope(AssessmentStatus.ACTIVE, DelegationStatus.IN_PROGRESS);
    Run run =
        Run.started("r1", "a1", 1, "MANUAL", NOW, "fw").failed("/srv/snap", NOW, gaps, "boom");
    Run mine = scope.run(run, List.of(error), 3);
    assertEquals(List.of(guardrail, role), mine.gaps());
    assertEquals(3, mine.evidenceAdded());
    assertEquals(null, mine.snapshotSource());
    assertEquals("boom", mine.error());
    assertSame(run, ReadScope.ALL.run(run, List.of(), 0));
  }

  @Test
  void aDelegatesAssessmentKeepsWhatTheyWorkWithAndCountsTheirItems() {
    Assessment full =
        new Assessment(
            "a1",
            "A",
            "d",
            AssessmentStatus.ACTIVE,
            "fw",
            "Framework",
            "1",
            "hash",
            "rules",
            List.of("111111111111"),
            List.of("us-east-1"),
            List.of("alice"),
            Map.of("budget", "cc-1"),
            "s3://reports/a",
            "/srv/snapshots",
            NOW,
            "alice",
            NOW,
            40,
            "head");
    Assessment mine =
        scope(AssessmentStatus.ACTIVE, DelegationStatus.IN_PROGRESS).assessment(full, 7);
    assertEquals(
        List.of("a1", "A", "fw", "alice"),
        List.of(mine.id(), mine.name(), mine.frameworkId(), mine.owners().get(0)));
    assertEquals(Map.of(), mine.tags());
    assertEquals(null, mine.reportDestination());
    assertEquals(null, mine.snapshotInput());
    assertEquals(null, mine.evidenceHead());
    assertEquals(7, mine.evidenceCount());
    assertSame(full, ReadScope.ALL.assessment(full, 7));
  }

  private static ReadScope scope(AssessmentStatus status, DelegationStatus delegation) {
    Delegation withStatus = delegation("d1", "x", delegation);
    return ReadScope.of(new Relation(assessment(status), false, List.of(withStatus)), CONTROLS);
  }

  private static Delegation delegation(String id, String set) {
    return delegation(id, set, DelegationStatus.IN_PROGRESS);
  }

  private static Delegation delegation(String id, String set, DelegationStatus status) {
    return new Delegation(
        id, "a1", set, "carol", status, null, NOW, "alice", NOW, null, null, null, null);
  }

  private static Assessment assessment(AssessmentStatus status) {
    return new Assessment(
        "a1",
        "A",
        null,
        status,
        "fw",
        "Framework",
        "1",
        "hash",
        "rules",
        List.of("111111111111"),
        List.of("us-east-1"),
        List.of("alice"),
        Map.of(),
        null,
        null,
        NOW,
        "alice",
        NOW,
        0,
        null);
  }

  private static AssessmentControl control(String id, String set) {
    return new AssessmentControl(id, set, id, set, "MANUAL", ControlStatus.UNDER_REVIEW, NOW);
  }

  private static List<AssessmentControlSet> sets() {
    return List.of(
        new AssessmentControlSet("x", "X", ControlSetStatus.UNDER_REVIEW),
        new AssessmentControlSet("y", "Y", ControlSetStatus.ACTIVE));
  }

  private static Finding finding(String rule, List<String> controls) {
    return new Finding(
        rule,
        controls,
        Status.FAIL,
        "high",
        "arn:aws:x",
        "AWS::X",
        "111111111111",
        "us-east-1",
        "r");
  }

  private static ChangeLogEntry entry(String type, String id, String action) {
    return new ChangeLogEntry(type, id, action, null, NOW, "alice");
  }
}
