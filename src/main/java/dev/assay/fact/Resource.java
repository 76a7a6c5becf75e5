package dev.assay.fact;

/**
 * A fact that rules judge: one AWS resource, or one account-and-region feature for region-level
 * checks. The evaluator decides a status for every in-scope resource of a rule's resource type; the
 * resource type is the fact's simple class name.
 */
public interface Resource {

  /** The resource's ARN, or an ARN-like id where AWS has none. */
  String arn();

  String accountId();

  /** The AWS region, or {@code global} for global services such as IAM. */
  String region();

  /**
   * Whether rules about this kind of resource judge this one at all. Region-level facts say no in
   * regions where their service is not in use, which makes their rules NOT_APPLICABLE there.
   */
  default boolean inScope() {
    return true;
  }

  /** The resource type rules name in {@code @resourceType}. */
  default String resourceType() {
    return getClass().getSimpleName();
  }
}
