package dev.assay.api.security;

import dev.assay.assessment.AssessmentStore;
import dev.assay.assessment.Relation;
import dev.assay.auth.Caller;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies an {@link AccessRule} to a caller and a request's path variables, looking up the caller's
 * relation to the assessment when the rule depends on it. A delegate reaches only what lies in the
 * control sets delegated to them: a {@code {controlId}} or {@code {delegationId}} outside them is
 * answered as if it did not exist; lists and {@code {evidenceId}} are narrowed by the controllers
 * through {@link ReadScopes}.
 */
@Singleton
public class AccessDecider {

  /**
   * The outcome: go on; refuse (403: the route is not for this caller); or answer as if the
   * assessment, control or delegation named in the path did not exist (404).
   */
  public enum Decision {
    ALLOW,
    FORBIDDEN,
    HIDDEN,
    HIDDEN_CONTROL,
    HIDDEN_DELEGATION
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
    Set<String> sets = relation.readableSets();
    if (!relation.owner() && sets.isEmpty() && !canReadAll(caller)) {
      // Neither owner nor delegate: the assessment is not theirs to know about.
      return Decision.HIDDEN;
    }
    if (relation.owner() && rule.owner()) {
      return Decision.ALLOW;
    }
    if (sets.isEmpty() || rule.delegate() == AccessRule.DelegateScope.NONE) {
      return Decision.FORBIDDEN;
    }
    return delegateMay(rule, relation, sets, id, variables);
  }

  /**
   * A delegate on a route open to delegates: first the objects of the path must lie in their sets
   * (else 404, the same answer as for an object that does not exist), then the route's scope.
   */
  private Decision delegateMay(
      AccessRule rule,
      Relation relation,
      Set<String> sets,
      String id,
      Map<String, Object> variables) {
    String control = text(variables, "controlId");
    Optional<String> set =
        control == null ? Optional.empty() : store.delegations().controlSetOf(id, control);
    if (control != null && set.filter(sets::contains).isEmpty()) {
      return Decision.HIDDEN_CONTROL;
    }
    String delegation = text(variables, "delegationId");
    if (delegation != null && !relation.holds(delegation)) {
      return Decision.HIDDEN_DELEGATION;
    }
    boolean may =
        switch (rule.delegate()) {
          case NONE -> false;
          case READ -> true;
          case CONTROL -> set.map(relation::working).orElse(false);
          case OWN_DELEGATION -> delegation != null;
        };
    return may ? Decision.ALLOW : Decision.FORBIDDEN;
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
