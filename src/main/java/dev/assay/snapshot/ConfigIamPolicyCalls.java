package dev.assay.snapshot;

import static dev.assay.snapshot.ConfigIamDocuments.call;
import static dev.assay.snapshot.ConfigIamDocuments.copy;
import static dev.assay.snapshot.ConfigIamDocuments.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How AWS Config {@code AWS::IAM::Policy} items (the account's customer-managed policies) become
 * {@code ListPolicies} and the {@code GetPolicyVersion} of each default version. Config records
 * {@code policyName}, {@code arn}, {@code path}, {@code defaultVersionId}, {@code attachmentCount}
 * and {@code policyVersionList[] {versionId, isDefaultVersion, document}} (field names from
 * awslabs/aws-config-resource-schema {@code config/properties/resource-types/AWS::IAM::Policy};
 * {@code document} is URL-encoded as IAM returns it). Config records no AWS-managed policies: their
 * documents stay uncollected, so a role with one attached is reported ERROR by the rules that weigh
 * its whole permissions, never PASS.
 */
final class ConfigIamPolicyCalls {

  static final String TYPE = "AWS::IAM::Policy";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ConfigIamPolicyCalls() {}

  static String policyName(JsonNode item, JsonNode configuration) {
    return Json.text(configuration, "policyName", Json.text(item, "resourceName"));
  }

  /**
   * @param policies name -> [item, configuration]
   */
  static List<ApiCall> calls(Scope scope, Map<String, JsonNode[]> policies, String source) {
    List<ApiCall> calls = new ArrayList<>();
    ObjectNode list = NODES.objectNode();
    ArrayNode listed = list.putArray("Policies");
    policies.forEach(
        (name, pair) -> {
          JsonNode c = pair[1];
          String arn = Json.text(c, "arn", Json.text(pair[0], "ARN", Json.text(pair[0], "arn")));
          ObjectNode p = listed.addObject().put("PolicyName", name);
          copy(c, "policyId", p, "PolicyId");
          if (arn != null) {
            p.put("Arn", arn);
          }
          copy(c, "path", p, "Path");
          copy(c, "defaultVersionId", p, "DefaultVersionId");
          Integer attachments = Json.integer(c, "attachmentCount");
          if (attachments != null) {
            p.put("AttachmentCount", attachments);
          }
          JsonNode version = defaultVersion(c);
          JsonNode document =
              version == null ? null : ConfigIamDocuments.decoded(version.get("document"));
          if (arn != null && document != null) {
            ObjectNode response = NODES.objectNode();
            ObjectNode v = response.putObject("PolicyVersion");
            v.set("Document", document);
            copy(version, "versionId", v, "VersionId");
            v.put("IsDefaultVersion", true);
            copy(version, "createDate", v, "CreateDate");
            String versionId = Json.text(version, "versionId", "");
            calls.add(
                call(
                    scope,
                    "GetPolicyVersion",
                    name,
                    request("PolicyArn", arn, "VersionId", versionId),
                    response,
                    source));
          }
        });
    calls.add(call(scope, "ListPolicies", "", NODES.objectNode(), list, source));
    return calls;
  }

  /** The version marked default, else the one {@code defaultVersionId} names, else none. */
  private static JsonNode defaultVersion(JsonNode c) {
    String defaultId = Json.text(c, "defaultVersionId");
    JsonNode named = null;
    for (JsonNode v : Json.array(c, "policyVersionList")) {
      if (Boolean.TRUE.equals(Json.bool(v, "isDefaultVersion"))) {
        return v;
      }
      if (defaultId != null && defaultId.equals(Json.text(v, "versionId"))) {
        named = v;
      }
    }
    return named;
  }
}
