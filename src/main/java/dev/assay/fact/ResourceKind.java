package dev.assay.fact;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link Resource} record as a resource type rules may name in {@code @resourceType}, and
 * says how the evaluator scopes it. Every resource fact carries one; the meta-test checks it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ResourceKind {

  /** The AWS service (endpoint prefix) the resource belongs to, for scope-wide finding ids. */
  String service();

  /** The last ARN segment of a scope-wide finding id, e.g. {@code notebook-instance}. */
  String idNoun();

  /**
   * The service family whose use in a region this resource proves ({@code bedrock}, {@code
   * sagemaker}); empty when it proves nothing (derived facts, region-level facts, IAM).
   */
  String usageFamily() default "";

  /** Whether the resource lives in the {@code global} region (IAM, Organizations). */
  boolean global() default false;
}
