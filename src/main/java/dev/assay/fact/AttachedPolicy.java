package dev.assay.fact;

/**
 * A managed policy attached to an IAM role or user; not judged on its own.
 *
 * @param principalArn the role or user the policy is attached to
 */
public record AttachedPolicy(String principalArn, String policyArn) {

  /** The policy's name, the last segment of its ARN. */
  public String policyName() {
    return policyArn.substring(policyArn.lastIndexOf('/') + 1);
  }
}
