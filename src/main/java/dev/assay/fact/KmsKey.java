package dev.assay.fact;

import java.util.List;

/**
 * A KMS key, from {@code ListKeys}, {@code DescribeKey}, {@code ListAliases} and {@code
 * GetKeyRotationStatus}. Rules judge only the customer-managed, rotatable keys that a GenAI
 * resource of the same account and region names (by key id, key ARN, alias name or alias ARN): the
 * keys whose rotation and deletion decide whether those resources stay protected and readable.
 *
 * @param keyState {@code Enabled}, {@code Disabled}, {@code PendingDeletion}, ...
 * @param customerManaged {@code KeyManager} is {@code CUSTOMER}
 * @param rotatable {@code KeySpec} {@code SYMMETRIC_DEFAULT} with {@code Origin} {@code AWS_KMS}:
 *     the only keys KMS rotates automatically
 * @param rotationEnabled {@code KeyRotationEnabled}, or {@code null} when not read (keys KMS cannot
 *     rotate, or AWS-managed ones)
 * @param aliases the key's alias names ({@code alias/genai})
 */
@ResourceKind(service = "kms", idNoun = "key")
public record KmsKey(
    String arn,
    String accountId,
    String region,
    String keyId,
    String keyState,
    boolean customerManaged,
    boolean rotatable,
    Boolean rotationEnabled,
    List<String> aliases)
    implements Resource {

  public KmsKey {
    aliases = List.copyOf(aliases);
  }

  /**
   * Whether rules judge this key once a GenAI resource names it: a customer-managed key KMS can
   * rotate, enabled or pending deletion (a GenAI resource still names it, and both still matter).
   */
  public boolean judgeable() {
    return customerManaged
        && rotatable
        && ("Enabled".equals(keyState) || "PendingDeletion".equals(keyState));
  }

  /** The ways a resource may name this key. */
  public List<String> names() {
    List<String> names = new java.util.ArrayList<>(List.of(arn, keyId));
    String prefix = arn.substring(0, arn.indexOf(":key/") + 1);
    for (String alias : aliases) {
      names.add(alias);
      names.add(prefix + alias);
    }
    return names;
  }
}
