package dev.assay.assessment;

import java.util.List;

/**
 * What a subject is to one assessment, for access decisions: one of its audit owners, and the
 * delegations made to them.
 */
public record Relation(Assessment assessment, boolean owner, List<Delegation> delegations) {

  public boolean delegate() {
    return !delegations.isEmpty();
  }

  /** Whether the subject may still work on the control set: a delegation of it is in progress. */
  public boolean working(String controlSetId) {
    return assessment.active()
        && delegations.stream()
            .anyMatch(
                d ->
                    d.controlSetId().equals(controlSetId)
                        && d.status() == DelegationStatus.IN_PROGRESS);
  }

  public boolean holds(String delegationId) {
    return delegations.stream().anyMatch(d -> d.id().equals(delegationId));
  }
}
