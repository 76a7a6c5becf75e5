package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.GatewayWebAcl;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The AWS WAF web ACL of each Bedrock AgentCore gateway. WAF's empty answer and {@code
 * WAFNonexistentItemException} both mean "no web ACL": data, not a gap.
 */
public final class AgentCoreGatewayWafNormalizer implements Normalizer {

  private static final String AC = "bedrock-agentcore-control";
  private static final String WAF = "wafv2";
  private static final String TYPE = "GatewayWebAcl";

  @Override
  public Set<String> reads() {
    return Set.of(
        "bedrock-agentcore-control.ListGateways",
        "bedrock-agentcore-control.GetGateway",
        "wafv2.GetWebACLForResource");
  }

  @Override
  public void normalize(ScopeCalls calls, FactSink out) {
    for (JsonNode item : calls.listItems(AC, "ListGateways", "items", TYPE)) {
      String id = Json.text(item, "gatewayId");
      String fallbackArn = calls.arn("bedrock-agentcore", id == null ? null : "gateway/" + id);
      Optional<JsonNode> gateway =
          DetailCalls.byAnyId(
              calls,
              AC,
              "GetGateway",
              "gatewayIdentifier",
              fallbackArn,
              Arrays.asList(id, fallbackArn),
              TYPE);
      String arn = gateway.map(g -> Json.text(g, "gatewayArn", fallbackArn)).orElse(null);
      if (arn == null) {
        continue;
      }
      String name = Json.text(gateway.get(), "name", Json.text(item, "name", id));
      webAcl(calls, id, arn)
          .ifPresent(
              acl ->
                  out.add(
                      new GatewayWebAcl(
                          arn,
                          calls.accountId(),
                          calls.region(),
                          name,
                          acl.isMissingNode() ? null : Json.text(acl.path("WebACL"), "ARN"))));
    }
  }

  private static Optional<JsonNode> webAcl(ScopeCalls calls, String id, String arn) {
    Predicate<ApiCall> about =
        c ->
            arn.equals(Json.text(c.request(), "ResourceArn"))
                || (id != null && id.equals(c.suffix()));
    Optional<ApiCall> found =
        calls.all(WAF, "GetWebACLForResource").stream().filter(about).findFirst();
    if (found.isPresent()
        && found.get().failed()
        && "WAFNonexistentItemException".equals(found.get().error().code())) {
      return Optional.of(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    }
    return calls.callAbout(WAF, "GetWebACLForResource", about, arn, TYPE).map(ApiCall::response);
  }
}
