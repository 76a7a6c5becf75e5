package dev.assay.assessment;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a subject is to one assessment, for access decisions: one of its audit owners, and the
 * delegations made to them.
 */
public record Relation(Assessment assessment, boolean owner, List<Delegation> delegations) {

  /**
   * The control sets the subject may read as a delegate: those with a delegation to them that the
   * owner has not completed yet (in progress, or submitted and awaiting the owner's review), while
   * the assessment is active. Completion hands the set back to the owner and ends the delegate's
   * access to it, as an inactive assessment ends all of it.
   */
  public Set<String> readableSets() {
    if (!assessment.active()) {
      return Set.of();
    }
    return delegations.stream()
        .filter(d -> d.status() != DelegationStatus.COMPLETE)
        .map(Delegation::controlSetId)
        .collect(Collectors.toUnmodifiableSet());
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
