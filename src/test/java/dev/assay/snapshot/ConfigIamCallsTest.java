package dev.assay.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.evaluation.AssayEngine;
import dev.assay.evaluation.Finding;
import dev.assay.evaluation.Status;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * AWS Config {@code AWS::IAM::Role}, {@code Policy}, {@code User} and {@code Group} items give the
 * IAM rules the statuses that a collected snapshot of the same principals gives; what Config does
 * not record (last-accessed reports, API keys, login profiles, MFA) stays ERROR, never PASS. {@code
 * iam-collected} holds exactly what the Config file records, spelled as the CLI prints it.
 */
class ConfigIamCallsTest {

  private static final Path CONFIG =
      Path.of(
          "src/test/resources/configsnapshot/111111111111_Config_global_ConfigSnapshot_IAM.json");
  private static final Path COLLECTED = Path.of("src/test/resources/configsnapshot/iam-collected");
  private static final String ACCOUNT = "arn:aws:iam::111111111111:";

  /** Every rule that reads IAM facts. */
  private static final Set<String> IAM_RULES =
      Set.of(
          "bedrock_full_access_policy_attached",
          "sagemaker_full_access_policy_attached",
          "bedrockagentcore_full_access_policy_attached",
          "iam_role_access_not_stale_to_bedrock",
          "iam_user_access_not_stale_to_bedrock",
          "iam_user_access_not_stale_to_sagemaker",
          "bedrockagentcore_access_not_stale",
          "iam_policy_no_wildcard_marketplace_subscribe",
          "iam_inline_policy_no_wildcard_marketplace_subscribe",
          "bedrock_api_key_no_administrative_privileges",
          "bedrock_api_key_no_long_term_credentials",
          "iam_genai_data_access_mfa_enabled",
          "bedrock_guardrail_iam_condition_enforcement_enabled",
          "bedrock_agent_role_least_privilege",
          "bedrock_knowledge_base_role_least_privilege",
          "bedrock_agent_action_group_lambda_role_least_privilege");

  private static AssayEngine engine;

  @BeforeAll
  static void load() {
    engine = AssayEngine.load(Path.of("rules"), Path.of("frameworks"), "genai-best-practices-v2");
  }

  /** (rule, resource) -> status for the IAM rules. */
  private static Map<String, Status> statuses(Path input) {
    List<Finding> findings =
        engine
            .evaluate(
                engine.snapshotReader().read(input),
                "genai-best-practices-v2",
                Instant.parse("2026-11-20T00:00:00Z"))
            .findings();
    Map<String, Status> out = new TreeMap<>();
    findings.stream()
        .filter(f -> IAM_RULES.contains(f.ruleId()))
        .forEach(f -> out.put(f.ruleId() + " " + f.resourceArn(), f.status()));
    return out;
  }

  @Test
  void configItemsGiveTheStatusesOfTheCollectedSnapshot() {
    Map<String, Status> config = statuses(CONFIG);
    assertEquals(statuses(COLLECTED), config);
    // The judgements the comparison rests on, so equal-but-empty results cannot pass.
    assertEquals(
        Status.FAIL,
        config.get("bedrock_full_access_policy_attached " + ACCOUNT + "role/GenAiDeveloper"));
    assertEquals(
        Status.FAIL,
        config.get("sagemaker_full_access_policy_attached " + ACCOUNT + "role/DataScientist"));
    assertEquals(
        Status.FAIL,
        config.get(
            "iam_inline_policy_no_wildcard_marketplace_subscribe "
                + ACCOUNT
                + "role/GenAiDeveloper/inline-policy/Marketplace"));
    assertEquals(
        Status.PASS,
        config.get(
            "iam_inline_policy_no_wildcard_marketplace_subscribe "
                + ACCOUNT
                + "user/alice/inline-policy/SelfService"));
    // The default version (v2) is judged, not the older v1 that subscribes.
    assertEquals(
        Status.PASS,
        config.get(
            "iam_policy_no_wildcard_marketplace_subscribe " + ACCOUNT + "policy/GuardedInvoke"));
    assertEquals(
        Status.FAIL,
        config.get(
            "iam_policy_no_wildcard_marketplace_subscribe " + ACCOUNT + "policy/MarketplaceAll"));
    assertEquals(
        Status.FAIL,
        config.get(
            "bedrock_guardrail_iam_condition_enforcement_enabled "
                + ACCOUNT
                + "group/genai-developers/inline-policy/InvokeModels"));
    assertEquals(
        Status.PASS,
        config.get(
            "bedrock_guardrail_iam_condition_enforcement_enabled "
                + ACCOUNT
                + "policy/GuardedInvoke"));
  }

  @Test
  void whatConfigDoesNotRecordIsAnErrorNeverAPass() {
    Map<String, Status> config = statuses(CONFIG);
    for (String rule :
        List.of(
            "iam_role_access_not_stale_to_bedrock",
            "iam_user_access_not_stale_to_bedrock",
            "bedrock_api_key_no_long_term_credentials",
            "iam_genai_data_access_mfa_enabled")) {
      List<Status> seen =
          config.entrySet().stream()
              .filter(e -> e.getKey().startsWith(rule + " "))
              .map(Map.Entry::getValue)
              .toList();
      assertFalse(seen.isEmpty(), rule);
      assertTrue(seen.stream().allMatch(s -> s == Status.ERROR), rule + " " + seen);
    }
  }

  @Test
  void documentsAreDecodedAsTheCliPrintsThem() {
    List<ApiCall> calls =
        new SnapshotReader(Normalization.standard().knownOperations()).read(CONFIG).calls();
    ApiCall inline =
        calls.stream()
            .filter(c -> c.operation().equals("GetRolePolicy"))
            .filter(c -> c.suffix().equals("GenAiDeveloper_Marketplace"))
            .findFirst()
            .orElseThrow();
    assertEquals(Scope.GLOBAL, inline.region());
    JsonNode statement = inline.response().path("PolicyDocument").path("Statement").path(0);
    assertEquals("aws-marketplace:Subscribe", statement.path("Action").asText());
    ApiCall getRole =
        calls.stream()
            .filter(c -> c.operation().equals("GetRole"))
            .filter(c -> c.suffix().equals("AmazonBedrockExecutionRoleForAgents_docs"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "arn:aws:iam::111111111111:policy/GenAiBoundary",
        getRole
            .response()
            .path("Role")
            .path("PermissionsBoundary")
            .path("PermissionsBoundaryArn")
            .asText());
    assertTrue(
        getRole.response().path("Role").path("AssumeRolePolicyDocument").isObject(),
        "trust policy decoded to an object");
    // The deleted role describes nothing.
    assertTrue(calls.stream().noneMatch(c -> c.suffix().equals("Retired")));
  }

  @Test
  void aPlusInAnEncodedDocumentIsKept() {
    JsonNode decoded =
        ConfigIamDocuments.decoded(
            com.fasterxml.jackson.databind.node.TextNode.valueOf(
                "%7B%22Statement%22%3A%5B%7B%22Sid%22%3A%22a+b%22%7D%5D%7D"));
    assertEquals("a+b", decoded.path("Statement").path(0).path("Sid").asText());
    JsonNode broken =
        ConfigIamDocuments.decoded(com.fasterxml.jackson.databind.node.TextNode.valueOf("%7Bnope"));
    assertNotEquals(true, broken.isObject());
  }
}
