package dev.assay.fact;

/**
 * A regional resource judged by the IAM role it names (a Bedrock agent's service role, a knowledge
 * base's role, the execution role of an action group's Lambda function). The role is read in
 * another scope, the account's {@code global} region, so normalization checks that scope too: when
 * the role could not be read there (IAM not collected, {@code ListRoles} or one of the role's
 * policy reads failed) the resource becomes a {@link CollectionGap} of its own type, and its rule
 * reports ERROR instead of judging a role it never saw.
 */
public interface RoleReference extends Resource {

  /** The ARN of the role the resource names, or {@code null} when it names none. */
  String roleArn();
}
