package dev.assay.evaluation;

import dev.assay.fact.ResourceTypes;
import dev.assay.snapshot.Scope;

/** ARN-like ids for findings about a whole scope rather than one resource. */
final class ScopeIds {

  private ScopeIds() {}

  /**
   * {@code arn:aws:sagemaker:us-east-1:111111111111:notebook-instance/*}: every resource of a type.
   */
  static String allOf(ResourceTypes.Type type, Scope scope) {
    String id = prefix(type, scope) + type.idNoun();
    return type.regionLevel() ? id : id + "/*";
  }

  private static String prefix(ResourceTypes.Type type, Scope scope) {
    String region = scope.global() ? "" : scope.region();
    return "arn:aws:" + type.service() + ":" + region + ":" + scope.accountId() + ":";
  }
}
