package dev.assay.bench;

import dev.assay.fact.RolePermissions;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The IAM roles that agents and knowledge bases run as, looked up as the least-privilege rules
 * match them: a readable role by ARN, or an unreadable one in the resource's own account and region
 * that no readable copy of the role answers.
 */
final class ServiceRoles {

  private final Map<String, RolePermissions> resolved = new HashMap<>();
  private final Set<String> unresolved = new HashSet<>();

  ServiceRoles(List<RolePermissions> roles) {
    for (RolePermissions r : roles) {
      if (r.resolved()) {
        resolved.putIfAbsent(r.arn(), r);
      } else {
        unresolved.add(r.arn() + "|" + r.accountId() + "|" + r.region());
      }
    }
  }

  Optional<RolePermissions> resolved(String roleArn) {
    return Optional.ofNullable(resolved.get(roleArn));
  }

  boolean unreadable(String roleArn, String accountId, String region) {
    return !resolved.containsKey(roleArn)
        && unresolved.contains(roleArn + "|" + accountId + "|" + region);
  }
}
