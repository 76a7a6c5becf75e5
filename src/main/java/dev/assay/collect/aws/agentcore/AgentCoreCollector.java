package dev.assay.collect.aws.agentcore;

import dev.assay.collect.CallRecorder;
import dev.assay.collect.ServiceCollector;
import dev.assay.collect.ServiceScope;
import dev.assay.collect.aws.s3.GenAiBuckets;
import dev.assay.collect.aws.wafv2.GatewayWebAcls;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetAgentRuntimeRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetBrowserRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetGatewayRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetMemoryRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetPolicyEngineRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ListAgentRuntimesRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ListAgentRuntimesResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ListBrowsersRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ListBrowsersResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ListGatewaysRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ListGatewaysResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ListMemoriesRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ListMemoriesResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ListPolicyEnginesRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ListPolicyEnginesResponse;

/**
 * Amazon Bedrock AgentCore control plane: runtimes, gateways, memories, policy engines and custom
 * browsers (with the default encryption of the bucket their session recordings go to), and the AWS
 * WAF web ACL of each gateway.
 */
public final class AgentCoreCollector implements ServiceCollector {

  private static final String AC = "bedrock-agentcore-control";

  @Override
  public String name() {
    return AC;
  }

  @Override
  public Set<String> operations() {
    return Set.of(
        AC + ".ListAgentRuntimes",
        AC + ".GetAgentRuntime",
        AC + ".ListGateways",
        AC + ".GetGateway",
        AC + ".ListMemories",
        AC + ".GetMemory",
        AC + ".ListPolicyEngines",
        AC + ".GetPolicyEngine",
        AC + ".ListBrowsers",
        AC + ".GetBrowser",
        GenAiBuckets.ENCRYPTION,
        GatewayWebAcls.WEB_ACL);
  }

  @Override
  public List<String> entryOperations() {
    return List.of(
        AC + ".ListAgentRuntimes",
        AC + ".ListGateways",
        AC + ".ListMemories",
        AC + ".ListPolicyEngines",
        AC + ".ListBrowsers");
  }

  @Override
  public void collect(ServiceScope scope) {
    BedrockAgentCoreControlClient ac = scope.client(BedrockAgentCoreControlClient::builder);
    CallRecorder r = scope.recorder(AC);
    for (var rt :
        r.list(
            "ListAgentRuntimes",
            ListAgentRuntimesRequest.builder().build(),
            ac::listAgentRuntimesPaginator,
            ListAgentRuntimesResponse::agentRuntimes)) {
      r.detail(
          "GetAgentRuntime",
          rt.agentRuntimeId(),
          GetAgentRuntimeRequest.builder().agentRuntimeId(rt.agentRuntimeId()).build(),
          ac::getAgentRuntime);
    }
    GatewayWebAcls webAcls = new GatewayWebAcls(scope);
    for (var g :
        r.list(
            "ListGateways",
            ListGatewaysRequest.builder().build(),
            ac::listGatewaysPaginator,
            ListGatewaysResponse::items)) {
      r.detail(
              "GetGateway",
              g.gatewayId(),
              GetGatewayRequest.builder().gatewayIdentifier(g.gatewayId()).build(),
              ac::getGateway)
          .ifPresent(d -> webAcls.webAcl(g.gatewayId(), d.gatewayArn()));
    }
    for (var m :
        r.list(
            "ListMemories",
            ListMemoriesRequest.builder().build(),
            ac::listMemoriesPaginator,
            ListMemoriesResponse::memories)) {
      r.detail(
          "GetMemory", m.id(), GetMemoryRequest.builder().memoryId(m.id()).build(), ac::getMemory);
    }
    for (var p :
        r.list(
            "ListPolicyEngines",
            ListPolicyEnginesRequest.builder().build(),
            ac::listPolicyEnginesPaginator,
            ListPolicyEnginesResponse::policyEngines)) {
      r.detail(
          "GetPolicyEngine",
          p.policyEngineId(),
          GetPolicyEngineRequest.builder().policyEngineId(p.policyEngineId()).build(),
          ac::getPolicyEngine);
    }
    browsers(scope, ac, r);
  }

  /** Custom browsers only: AWS's system browser records nothing of the account's. */
  private static void browsers(
      ServiceScope scope, BedrockAgentCoreControlClient ac, CallRecorder r) {
    GenAiBuckets buckets = new GenAiBuckets(scope);
    for (var b :
        r.list(
            "ListBrowsers",
            ListBrowsersRequest.builder().type("CUSTOM").build(),
            ac::listBrowsersPaginator,
            ListBrowsersResponse::browserSummaries)) {
      r.detail(
              "GetBrowser",
              b.browserId(),
              GetBrowserRequest.builder().browserId(b.browserId()).build(),
              ac::getBrowser)
          .map(d -> d.recording())
          .filter(rec -> Boolean.TRUE.equals(rec.enabled()) && rec.s3Location() != null)
          .ifPresent(rec -> buckets.encryption(rec.s3Location().bucket()));
    }
  }
}
