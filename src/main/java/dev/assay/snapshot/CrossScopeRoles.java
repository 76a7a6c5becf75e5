package dev.assay.snapshot;

import dev.assay.fact.CollectionGap;
import dev.assay.fact.RolePermissions;
import dev.assay.fact.RoleReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/**
 * Carries IAM gaps across scopes. Normalizers see one account and region at a time, but a rule
 * about a regional {@link RoleReference} (an agent's service role) judges a role read in the
 * account's {@code global} scope. Where that role was not read as a whole ({@code RolePermissions}
 * absent) and a gap of the global scope could hide it, or IAM was not collected for that account at
 * all, the regional fact is replaced by a gap of its own type about its own ARN: its rule reports
 * ERROR for it, never a FAIL ("role not found") or a PASS built on a role nobody read. A role that
 * was read stays judged even when other roles were not (an unrelated gap proves nothing).
 */
final class CrossScopeRoles {

  private static final String ROLE_TYPE = "RolePermissions";

  /** The error code of a role reference whose account's IAM is missing from the snapshot. */
  static final String IAM_NOT_COLLECTED = "IamNotCollected";

  private CrossScopeRoles() {}

  /** The facts with every unjudgeable role reference removed; its gap added to {@code gaps}. */
  static List<Object> resolve(
      List<Object> facts, List<CollectionGap> gaps, SortedSet<Scope> scopes) {
    Set<String> readRoles = new HashSet<>();
    for (Object fact : facts) {
      if (fact instanceof RolePermissions r && r.resolved()) {
        readRoles.add(r.arn());
      }
    }
    List<CollectionGap> globalGaps =
        gaps.stream()
            .filter(g -> Scope.GLOBAL.equals(g.region()) && ROLE_TYPE.equals(g.resourceType()))
            .toList();
    List<Object> kept = new ArrayList<>(facts.size());
    List<CollectionGap> added = new ArrayList<>();
    for (Object fact : facts) {
      if (fact instanceof RoleReference ref
          && !Scope.GLOBAL.equals(ref.region())
          && ref.roleArn() != null
          && !readRoles.contains(ref.roleArn())) {
        Optional<CollectionGap> hiding = hiding(ref.roleArn(), globalGaps, scopes);
        if (hiding.isPresent()) {
          added.add(carried(ref, hiding.get()));
          continue;
        }
      }
      kept.add(fact);
    }
    gaps.addAll(added);
    return kept;
  }

  /** The global gap that could hide the role, or a not-collected one when IAM is absent. */
  private static Optional<CollectionGap> hiding(
      String roleArn, List<CollectionGap> globalGaps, SortedSet<Scope> scopes) {
    String account = accountOf(roleArn);
    for (CollectionGap gap : globalGaps) {
      if (gap.accountId().equals(account)
          && (gap.coversWholeScope() || roleArn.equals(gap.resourceArn()))) {
        return Optional.of(gap);
      }
    }
    if (account != null && !scopes.contains(new Scope(account, Scope.GLOBAL))) {
      return Optional.of(
          new CollectionGap(
              account,
              Scope.GLOBAL,
              "iam",
              "ListRoles",
              ROLE_TYPE,
              null,
              CollectionGap.NOT_COLLECTED,
              "IAM (region global) of account " + account + " is not in the snapshot"));
    }
    return Optional.empty();
  }

  private static CollectionGap carried(RoleReference ref, CollectionGap global) {
    boolean absent = CollectionGap.NOT_COLLECTED.equals(global.errorCode());
    // The regional gap keeps the global cause in its code and message, so the finding says that
    // the role, read in region global, is what could not be read.
    return new CollectionGap(
        ref.accountId(),
        ref.region(),
        global.service(),
        global.operation(),
        ref.resourceType(),
        ref.arn(),
        absent ? IAM_NOT_COLLECTED : global.errorCode(),
        "role "
            + ref.roleArn()
            + " could not be read in account "
            + global.accountId()
            + " region global"
            + (absent ? ", where IAM was not collected" : ": " + global.message()));
  }

  /** The account of an IAM ARN ({@code arn:aws:iam::<account>:role/...}), or {@code null}. */
  private static String accountOf(String arn) {
    String[] parts = arn.split(":", 6);
    return parts.length >= 5 && !parts[4].isEmpty() ? parts[4] : null;
  }
}
