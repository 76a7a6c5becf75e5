package dev.assay.api.security;

import dev.assay.auth.Role;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may call one route. Admins may call every route; beyond them a rule names the global roles
 * allowed and, on routes of one assessment ({@code {id}}), whether its owners and its delegates
 * may.
 *
 * @param open no authentication at all (health only)
 * @param anyCaller every authenticated caller
 * @param roles global roles allowed (admin is always allowed)
 * @param owner the assessment's audit owners are allowed
 * @param delegate what a delegate of the assessment may do here
 */
public record AccessRule(
    boolean open, boolean anyCaller, Set<Role> roles, boolean owner, DelegateScope delegate) {

  /** What a delegate of the assessment may reach through a route. */
  public enum DelegateScope {
    /** Nothing. */
    NONE,
    /**
     * Read what lies in the control sets delegated to them (delegation not completed, assessment
     * active): lists narrowed to those sets, a {@code {controlId}} of another set hidden.
     */
    READ,
    /** Act on {@code {controlId}} while a delegation of its control set to them is in progress. */
    CONTROL,
    /** Act on {@code {delegationId}} when it is a delegation to them. */
    OWN_DELEGATION
  }

  public AccessRule {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  static AccessRule publicRoute() {
    return new AccessRule(true, false, Set.of(), false, DelegateScope.NONE);
  }

  static AccessRule anyone() {
    return new AccessRule(false, true, Set.of(), false, DelegateScope.NONE);
  }

  static AccessRule only(Role... roles) {
    return new AccessRule(false, false, Set.of(roles), false, DelegateScope.NONE);
  }

  static AccessRule adminOnly() {
    return only();
  }

  /** A route of one assessment: the roles, plus its owners when {@code owner}, plus delegates. */
  static AccessRule assessment(Set<Role> roles, boolean owner, DelegateScope delegate) {
    return new AccessRule(false, false, roles, owner, delegate);
  }

  boolean scopedToAssessment() {
    return owner || delegate != DelegateScope.NONE;
  }

  /** A short form for tables: {@code public}, {@code any}, or roles and relations joined by +. */
  public String describe() {
    if (open) {
      return "public";
    }
    if (anyCaller) {
      return "any";
    }
    StringBuilder who = new StringBuilder("admin");
    who.append(
        roles.stream()
            .filter(r -> r != Role.ADMIN)
            .sorted()
            .map(r -> "+" + r.label())
            .collect(Collectors.joining()));
    if (owner) {
      who.append("+owner");
    }
    switch (delegate) {
      case READ -> who.append("+delegate");
      case CONTROL -> who.append("+delegate(control)");
      case OWN_DELEGATION -> who.append("+delegate(own)");
      case NONE -> {}
    }
    return who.toString();
  }
}
