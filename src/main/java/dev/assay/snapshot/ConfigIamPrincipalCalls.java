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
import java.util.Locale;
import java.util.Map;

/**
 * How AWS Config {@code AWS::IAM::Role}, {@code AWS::IAM::User} and {@code AWS::IAM::Group} items
 * become the IAM calls the normalizers read. Config records each principal as IAM's
 * GetAccountAuthorizationDetails does, in camelCase: {@code roleName}/{@code userName}/{@code
 * groupName}, {@code arn}, {@code path}, {@code attachedManagedPolicies[] {policyName, policyArn}},
 * inline policies in {@code rolePolicyList}/{@code userPolicyList}/{@code groupPolicyList} {@code
 * [] {policyName, policyDocument}}, a role's {@code assumeRolePolicyDocument} and {@code
 * permissionsBoundary {permissionsBoundaryType, permissionsBoundaryArn}}, a user's {@code
 * groupList[]} of group names (field names from awslabs/aws-config-resource-schema {@code
 * config/properties/resource-types/AWS::IAM::Role}, {@code ::User}, {@code ::Group}; documents
 * URL-encoded as IAM returns them). They give {@code List<Kind>s}, {@code GetRole}, {@code
 * ListAttached<Kind>Policies}, {@code List<Kind>Policies}, {@code Get<Kind>Policy} and {@code
 * ListGroupsForUser}. A list the item does not carry leaves its call uncollected; Config records no
 * service-specific credentials, login profiles, MFA devices or last-accessed reports, so the rules
 * on them report ERROR, never PASS.
 */
final class ConfigIamPrincipalCalls {

  static final String ROLE = "AWS::IAM::Role";
  static final String USER = "AWS::IAM::User";
  static final String GROUP = "AWS::IAM::Group";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ConfigIamPrincipalCalls() {}

  /** The IAM kind as operation names spell it: {@code Role}, {@code User}, {@code Group}. */
  static String kind(String type) {
    return type.substring(type.lastIndexOf(':') + 1);
  }

  static String name(String type, JsonNode item, JsonNode configuration) {
    String field = kind(type).toLowerCase(Locale.ROOT) + "Name";
    // resourceId is the principal's unique id (AROA...), not its name: only the name will do.
    return Json.text(configuration, field, Json.text(item, "resourceName"));
  }

  /**
   * @param principals name -> [item, configuration]
   */
  static List<ApiCall> calls(
      String type, Scope scope, Map<String, JsonNode[]> principals, String source) {
    String kind = kind(type);
    String lower = kind.toLowerCase(Locale.ROOT);
    List<ApiCall> calls = new ArrayList<>();
    ObjectNode list = NODES.objectNode();
    ArrayNode listed = list.putArray(kind + "s");
    principals.forEach(
        (name, pair) -> {
          JsonNode c = pair[1];
          ObjectNode summary = summary(kind, name, pair[0], c);
          listed.add(summary);
          if (kind.equals("Role")) {
            ObjectNode role = summary.deepCopy();
            JsonNode boundary = c.path("permissionsBoundary");
            if (boundary.isObject()) {
              ObjectNode b = role.putObject("PermissionsBoundary");
              copy(boundary, "permissionsBoundaryType", b, "PermissionsBoundaryType");
              copy(boundary, "permissionsBoundaryArn", b, "PermissionsBoundaryArn");
            } else if (boundary.isTextual()) {
              role.putObject("PermissionsBoundary")
                  .put("PermissionsBoundaryType", "PermissionsBoundaryPolicy")
                  .put("PermissionsBoundaryArn", boundary.asText());
            }
            ObjectNode response = NODES.objectNode();
            response.set("Role", role);
            calls.add(call(scope, "GetRole", name, request("RoleName", name), response, source));
          }
          JsonNode attached = c.get("attachedManagedPolicies");
          if (attached != null && attached.isArray()) {
            calls.add(attachedPolicies(scope, kind, name, attached, source));
          }
          JsonNode inline = c.get(lower + "PolicyList");
          if (inline != null && inline.isArray()) {
            calls.addAll(inlinePolicies(scope, kind, name, inline, source));
          }
          JsonNode groups = c.get("groupList");
          if (kind.equals("User") && groups != null && groups.isArray()) {
            ObjectNode response = NODES.objectNode();
            ArrayNode out = response.putArray("Groups");
            groups.forEach(g -> out.addObject().put("GroupName", g.asText()));
            calls.add(
                call(
                    scope, "ListGroupsForUser", name, request("UserName", name), response, source));
          }
        });
    calls.add(call(scope, "List" + kind + "s", "", NODES.objectNode(), list, source));
    return calls;
  }

  private static ObjectNode summary(String kind, String name, JsonNode item, JsonNode c) {
    String lower = kind.toLowerCase(Locale.ROOT);
    ObjectNode s = NODES.objectNode();
    copy(c, "path", s, "Path");
    s.put(kind + "Name", name);
    copy(c, lower + "Id", s, kind + "Id");
    String arn = Json.text(c, "arn", Json.text(item, "ARN", Json.text(item, "arn")));
    if (arn != null) {
      s.put("Arn", arn);
    }
    copy(c, "createDate", s, "CreateDate");
    JsonNode trust = ConfigIamDocuments.decoded(c.get("assumeRolePolicyDocument"));
    if (kind.equals("Role") && trust != null) {
      s.set("AssumeRolePolicyDocument", trust);
    }
    return s;
  }

  private static ApiCall attachedPolicies(
      Scope scope, String kind, String name, JsonNode attached, String source) {
    ObjectNode response = NODES.objectNode();
    ArrayNode out = response.putArray("AttachedPolicies");
    for (JsonNode p : attached) {
      ObjectNode a = out.addObject();
      copy(p, "policyName", a, "PolicyName");
      copy(p, "policyArn", a, "PolicyArn");
    }
    return call(
        scope,
        "ListAttached" + kind + "Policies",
        name,
        request(kind + "Name", name),
        response,
        source);
  }

  private static List<ApiCall> inlinePolicies(
      Scope scope, String kind, String name, JsonNode inline, String source) {
    List<ApiCall> calls = new ArrayList<>();
    ObjectNode names = NODES.objectNode();
    ArrayNode policyNames = names.putArray("PolicyNames");
    for (JsonNode p : inline) {
      String policy = Json.text(p, "policyName");
      if (policy == null) {
        continue;
      }
      policyNames.add(policy);
      ObjectNode response = NODES.objectNode().put(kind + "Name", name).put("PolicyName", policy);
      JsonNode document = ConfigIamDocuments.decoded(p.get("policyDocument"));
      if (document != null) {
        response.set("PolicyDocument", document);
      }
      calls.add(
          call(
              scope,
              "Get" + kind + "Policy",
              name + "_" + policy,
              request(kind + "Name", name, "PolicyName", policy),
              response,
              source));
    }
    calls.add(
        call(scope, "List" + kind + "Policies", name, request(kind + "Name", name), names, source));
    return calls;
  }
}
