package dev.assay.auth;

import java.util.Set;

/**
 * Who sent a request, once their token checked out.
 *
 * @param subject the JWT's subject or the API key's subject: what assessment owners and delegations
 *     name
 * @param roles the global roles; empty for a caller who acts only as an owner or delegate
 * @param via how they authenticated: {@code api-key:<id>} or {@code jwt}
 */
public record Caller(String subject, Set<Role> roles, String via) {

  public Caller {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean isAdmin() {
    return has(Role.ADMIN);
  }
}
