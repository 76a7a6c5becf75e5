package dev.assay.api.security;

import dev.assay.assessment.AssessmentStore;
import dev.assay.assessment.Relation;
import dev.assay.auth.Caller;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;

/**
 * Applies an {@link AccessRule} to a caller and a request's path variables, looking up the caller's
 * relation to the assessment when the rule depends on it.
 */
@Singleton
public class AccessDecider {

  /** The outcome: go on, refuse (403), or answer as if the assessment did not exist (404). */
  public enum Decision {
    ALLOW,
    FORBIDDEN,
    HIDDEN
  }

  private final AssessmentStore store;

  public AccessDecider(AssessmentStore store) {
    this.store = store;
  }

  public Decision decide(AccessRule rule, Caller caller, Map<String, Object> variables) {
    if (rule.open() || rule.anyCaller() || caller.isAdmin()) {
      return Decision.ALLOW;
    }
    if (caller.roles().stream().anyMatch(rule.roles()::contains)) {
      return Decision.ALLOW;
    }
    String id = text(variables, "id");
    if (!rule.scopedToAssessment() || id == null) {
      return Decision.FORBIDDEN;
    }
    Optional<Relation> found = store.delegations().relation(id, caller.subject());
    if (found.isEmpty()) {
      return Decision.HIDDEN;
    }
    Relation relation = found.get();
    boolean delegateSees = relation.delegate() && relation.assessment().active();
    if (!relation.owner() && !delegateSees && !canReadAll(caller)) {
      // Neither owner nor delegate: the assessment is not theirs to know about.
      return Decision.HIDDEN;
    }
    if (relation.owner() && rule.owner()) {
      return Decision.ALLOW;
    }
    return delegateSees && delegateMay(rule, relation, id, variables)
        ? Decision.ALLOW
        : Decision.FORBIDDEN;
  }

  private boolean delegateMay(
      AccessRule rule, Relation relation, String id, Map<String, Object> variables) {
    return switch (rule.delegate()) {
      case NONE -> false;
      case READ -> true;
      case CONTROL -> {
        String control = text(variables, "controlId");
        yield control != null
            && store.delegations().controlSetOf(id, control).map(relation::working).orElse(false);
      }
      case OWN_DELEGATION -> {
        String delegation = text(variables, "delegationId");
        yield delegation != null && relation.holds(delegation);
      }
    };
  }

  /** Callers whose global roles let them read every assessment: each of the three does. */
  static boolean canReadAll(Caller caller) {
    return !caller.roles().isEmpty();
  }

  private static String text(Map<String, Object> variables, String name) {
    Object value = variables.get(name);
    return value == null ? null : value.toString();
  }
}
