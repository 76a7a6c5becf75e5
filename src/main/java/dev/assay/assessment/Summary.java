package dev.assay.assessment;

import java.util.List;
import java.util.Map;

/**
 * What an assessment's owner looks at first. Compliance figures come from the last run that
 * succeeded; {@code lastRun} is the last run whatever its outcome.
 *
 * @param reviewStatus controls by review status (UNDER_REVIEW, REVIEWED, INACTIVE)
 * @param compliance controls by compliance status of the last successful run, plus NOT_EVALUATED
 * @param domains the same per control domain
 * @param overdueTasks outstanding tasks whose due date has passed
 * @param warnings what makes these figures less than current, e.g. that the latest run failed (its
 *     controls then count as INCONCLUSIVE, never COMPLIANT: failed evidence is not compliance)
 */
public record Summary(
    Assessment assessment,
    int controls,
    Map<String, Integer> reviewStatus,
    Map<String, Integer> compliance,
    List<Domain> domains,
    List<NonCompliantResource> nonCompliantResources,
    int openTasks,
    int overdueTasks,
    List<OpenTask> tasks,
    Run lastRun,
    Run lastSuccessfulRun,
    List<String> warnings) {

  /** Controls of one domain by compliance status. */
  public record Domain(String domain, int controls, Map<String, Integer> compliance) {}

  /** A resource some rule failed on, with the rules and the controls they belong to. */
  public record NonCompliantResource(
      String resourceArn,
      String resourceType,
      String accountId,
      String region,
      List<String> rules,
      List<String> controls) {}

  /** A task still waiting for evidence. */
  public record OpenTask(
      String controlId,
      String resourceArn,
      String status,
      String due,
      boolean overdue,
      String instructions) {}
}
