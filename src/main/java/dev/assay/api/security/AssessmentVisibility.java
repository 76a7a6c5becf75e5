package dev.assay.api.security;

import dev.assay.assessment.Assessment;
import dev.assay.assessment.AssessmentStore;
import dev.assay.assessment.Delegation;
import dev.assay.auth.Caller;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

/**
 * What list endpoints show a caller: everything to callers with a global role; to others only the
 * assessments they own or have an active delegation on, and of delegations only their own unless
 * they own the assessment.
 */
@Singleton
public class AssessmentVisibility {

  private final AssessmentStore store;

  public AssessmentVisibility(AssessmentStore store) {
    this.store = store;
  }

  public List<Assessment> assessments(Caller caller, List<Assessment> all) {
    if (AccessDecider.canReadAll(caller)) {
      return all;
    }
    Set<String> related = store.delegations().related(caller.subject());
    return all.stream().filter(a -> related.contains(a.id())).toList();
  }

  public List<Delegation> delegations(Caller caller, String assessmentId, List<Delegation> all) {
    if (AccessDecider.canReadAll(caller)
        || store
            .delegations()
            .relation(assessmentId, caller.subject())
            .map(r -> r.owner())
            .orElse(false)) {
      return all;
    }
    return all.stream().filter(d -> d.delegate().equals(caller.subject())).toList();
  }
}
