package dev.assay.fact;

/**
 * What an IAM role's policies (attached and inline, documents read) grant, with its permissions
 * boundary from {@code GetRole}. Rules about roles other resources run as (Bedrock agents,
 * knowledge bases) join it by ARN. Absent when some policy document of the role was unreadable.
 *
 * <p>The normalizer of those resources also adds an unresolved stand-in ({@code resolved == false},
 * in their region) for every role they name, so a rule can tell "role not found among the readable
 * roles of the account" apart from a role it has judged, binding the same fact type either way.
 *
 * @param arn the role's ARN
 * @param resolved whether this is the role as read from IAM (region {@code global}) rather than a
 *     stand-in for a role some resource names
 * @param permissionsBoundaryArn the boundary policy, or {@code null}
 * @param fullAccessPolicy the name of an attached AWS-managed policy ending in {@code FullAccess},
 *     or {@code null}
 * @param grantsKnowledgeBaseActionsOnAnyResource a knowledge-base action allowed on {@code *}
 * @param broadActionsOnAnyResource service-wide wildcards ({@code s3:*}) or {@code NotAction}
 *     grants allowed on {@code *}, comma-separated, or {@code null} when none
 */
@ResourceKind(service = "iam", idNoun = "role-permissions", global = true)
public record RolePermissions(
    String arn,
    String accountId,
    String region,
    String roleName,
    boolean resolved,
    String permissionsBoundaryArn,
    String fullAccessPolicy,
    boolean grantsAdmin,
    boolean grantsPrivilegeEscalation,
    boolean grantsBedrockFullAccess,
    boolean grantsKnowledgeBaseActionsOnAnyResource,
    String broadActionsOnAnyResource)
    implements Resource {

  /** The stand-in for a role a regional resource names, before IAM is consulted. */
  public static RolePermissions unresolved(String roleArn, String accountId, String region) {
    String name = roleArn == null ? null : roleArn.substring(roleArn.lastIndexOf('/') + 1);
    return new RolePermissions(
        roleArn, accountId, region, name, false, null, null, false, false, false, false, null);
  }
}
