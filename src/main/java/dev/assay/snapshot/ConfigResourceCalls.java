package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The AWS Config resource types whose items do not fit {@link ConfigItemMapping}'s List + Describe
 * pair: each names its resources ({@code key}) and turns the latest items of one account and region
 * into the calls the normalizers read ({@code calls}).
 *
 * @param key the resource's name or id from the item and its parsed configuration, or null
 */
record ConfigResourceCalls(
    String type, BiFunction<JsonNode, JsonNode, String> key, ScopeMapper calls) {

  /** The calls for one scope's resources: name -> [item, configuration]. */
  interface ScopeMapper {
    List<ApiCall> calls(Scope scope, Map<String, JsonNode[]> resources, String source);
  }

  static final List<ConfigResourceCalls> ALL =
      List.of(
          new ConfigResourceCalls(
              ConfigS3BucketCalls.TYPE,
              (item, c) -> ConfigS3BucketCalls.bucketName(item),
              ConfigResourceCalls::buckets),
          new ConfigResourceCalls(
              ConfigTrailCalls.TYPE, ConfigTrailCalls::trailName, ConfigTrailCalls::calls),
          new ConfigResourceCalls(
              ConfigGuardrailCalls.TYPE,
              ConfigGuardrailCalls::guardrailId,
              ConfigGuardrailCalls::calls),
          new ConfigResourceCalls(
              ConfigKnowledgeBaseCalls.TYPE,
              ConfigKnowledgeBaseCalls::knowledgeBaseId,
              ConfigKnowledgeBaseCalls::calls),
          principals(ConfigIamPrincipalCalls.ROLE),
          principals(ConfigIamPrincipalCalls.USER),
          principals(ConfigIamPrincipalCalls.GROUP),
          new ConfigResourceCalls(
              ConfigIamPolicyCalls.TYPE,
              ConfigIamPolicyCalls::policyName,
              ConfigIamPolicyCalls::calls),
          new ConfigResourceCalls(
              ConfigKmsKeyCalls.TYPE, ConfigKmsKeyCalls::keyId, ConfigKmsKeyCalls::calls),
          new ConfigResourceCalls(
              "AWS::KMS::Alias", ConfigKmsKeyCalls::aliasName, ConfigKmsKeyCalls::aliasCalls));

  private static ConfigResourceCalls principals(String type) {
    return new ConfigResourceCalls(
        type,
        (item, c) -> ConfigIamPrincipalCalls.name(type, item, c),
        (scope, resources, source) ->
            ConfigIamPrincipalCalls.calls(type, scope, resources, source));
  }

  /** IAM is global: Config records its items in region {@code global}, as the collector does. */
  boolean global() {
    return type.startsWith("AWS::IAM::");
  }

  static Optional<ConfigResourceCalls> of(String type) {
    return ALL.stream().filter(r -> r.type().equals(type)).findFirst();
  }

  private static List<ApiCall> buckets(
      Scope scope, Map<String, JsonNode[]> buckets, String source) {
    List<ApiCall> calls = new ArrayList<>();
    buckets.forEach(
        (bucket, pair) -> calls.addAll(ConfigS3BucketCalls.calls(scope, bucket, pair[0], source)));
    return calls;
  }
}
