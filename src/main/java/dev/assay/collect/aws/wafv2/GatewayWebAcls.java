package dev.assay.collect.aws.wafv2;

import dev.assay.collect.CallRecorder;
import dev.assay.collect.ServiceScope;
import java.util.Set;
import software.amazon.awssdk.services.wafv2.Wafv2Client;
import software.amazon.awssdk.services.wafv2.model.GetWebAclForResourceRequest;

/**
 * The AWS WAF web ACL associated with a Bedrock AgentCore gateway, asked in the gateway's scope and
 * written as {@code wafv2.GetWebACLForResource_<gatewayId>.json} with {@code ResourceArn} in its
 * request. WAF answers a resource without a web ACL with an empty response; {@code
 * WAFNonexistentItemException} (WAF knows nothing of the resource) says the same and is an answer,
 * not a gap.
 */
public final class GatewayWebAcls {

  public static final String WEB_ACL = "wafv2.GetWebACLForResource";

  private final ServiceScope scope;
  private final CallRecorder wafv2;

  public GatewayWebAcls(ServiceScope scope) {
    this.scope = scope;
    this.wafv2 = scope.recorder("wafv2");
  }

  public void webAcl(String gatewayId, String gatewayArn) {
    if (gatewayId == null || gatewayArn == null) {
      return;
    }
    Wafv2Client client = scope.client(Wafv2Client::builder);
    wafv2.detailOrAbsent(
        "GetWebACLForResource",
        gatewayId,
        GetWebAclForResourceRequest.builder().resourceArn(gatewayArn).build(),
        client::getWebACLForResource,
        Set.of("WAFNonexistentItemException"));
  }
}
