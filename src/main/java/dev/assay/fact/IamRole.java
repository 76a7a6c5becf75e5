package dev.assay.fact;

/**
 * An IAM role other than a service-linked one (AWS owns those), from {@code ListRoles} and {@code
 * ListAttachedRolePolicies}. Its attached managed policies are {@link AttachedPolicy} facts.
 *
 * @param serviceRole whether every statement of its trust policy allows only AWS service principals
 */
@ResourceKind(service = "iam", idNoun = "role", global = true)
public record IamRole(String arn, String accountId, String region, String name, boolean serviceRole)
    implements Resource {}
