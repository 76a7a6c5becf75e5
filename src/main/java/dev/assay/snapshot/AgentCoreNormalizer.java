package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.AgentCoreGateway;
import dev.assay.fact.AgentCoreMemory;
import dev.assay.fact.AgentCorePolicyEngine;
import dev.assay.fact.AgentRuntime;
import java.util.Arrays;
import java.util.Set;

/** Amazon Bedrock AgentCore control plane: runtimes, gateways, memories, policy engines. */
public final class AgentCoreNormalizer implements Normalizer {

  private static final String AC = "bedrock-agentcore-control";

  @Override
  public Set<String> reads() {
    return Set.of(
        "bedrock-agentcore-control.ListAgentRuntimes",
        "bedrock-agentcore-control.GetAgentRuntime",
        "bedrock-agentcore-control.ListGateways",
        "bedrock-agentcore-control.GetGateway",
        "bedrock-agentcore-control.ListMemories",
        "bedrock-agentcore-control.GetMemory",
        "bedrock-agentcore-control.ListPolicyEngines",
        "bedrock-agentcore-control.GetPolicyEngine");
  }

  @Override
  public void normalize(ScopeCalls calls, FactSink out) {
    runtimes(calls, out);
    gateways(calls, out);
    memories(calls, out);
    policyEngines(calls, out);
  }

  private static void runtimes(ScopeCalls calls, FactSink out) {
    for (JsonNode item :
        calls.listItems(AC, "ListAgentRuntimes", "agentRuntimes", "AgentRuntime")) {
      String id = Json.text(item, "agentRuntimeId");
      String arn = Json.text(item, "agentRuntimeArn");
      calls
          .detail(AC, "GetAgentRuntime", "agentRuntimeId", id, arn, "AgentRuntime")
          .ifPresent(d -> out.add(runtime(calls, arn, Json.text(item, "agentRuntimeName"), d)));
    }
  }

  private static AgentRuntime runtime(ScopeCalls calls, String arn, String name, JsonNode d) {
    JsonNode network = d.path("networkConfiguration");
    JsonNode vpc = network.path("networkModeConfig");
    return new AgentRuntime(
        Json.text(d, "agentRuntimeArn", arn),
        calls.accountId(),
        calls.region(),
        Json.text(d, "agentRuntimeName", name),
        Json.text(network, "networkMode"),
        Json.array(vpc, "subnets").size(),
        Json.array(vpc, "securityGroups").size(),
        d.path("authorizerConfiguration").path("customJWTAuthorizer").isObject());
  }

  private static void gateways(ScopeCalls calls, FactSink out) {
    for (JsonNode item : calls.listItems(AC, "ListGateways", "items", "AgentCoreGateway")) {
      String id = Json.text(item, "gatewayId");
      String fallbackArn = calls.arn("bedrock-agentcore", id == null ? null : "gateway/" + id);
      DetailCalls.byAnyId(
              calls,
              AC,
              "GetGateway",
              "gatewayIdentifier",
              fallbackArn,
              Arrays.asList(id, fallbackArn),
              "AgentCoreGateway")
          .ifPresent(d -> out.add(gateway(calls, fallbackArn, Json.text(item, "name"), d)));
    }
  }

  private static AgentCoreGateway gateway(ScopeCalls calls, String arn, String name, JsonNode d) {
    JsonNode engine = d.path("policyEngineConfiguration");
    return new AgentCoreGateway(
        Json.text(d, "gatewayArn", arn),
        calls.accountId(),
        calls.region(),
        Json.text(d, "name", name),
        Json.text(d, "authorizerType"),
        Json.text(d, "kmsKeyArn"),
        Json.text(engine, "arn"),
        Json.text(engine, "mode"),
        Json.text(d, "exceptionLevel"));
  }

  private static void memories(ScopeCalls calls, FactSink out) {
    for (JsonNode item : calls.listItems(AC, "ListMemories", "memories", "AgentCoreMemory")) {
      String id = Json.text(item, "id");
      String arn = Json.text(item, "arn");
      calls
          .detail(AC, "GetMemory", "memoryId", id, arn, "AgentCoreMemory")
          .map(r -> r.path("memory"))
          .ifPresent(
              m ->
                  out.add(
                      new AgentCoreMemory(
                          Json.text(m, "arn", arn),
                          calls.accountId(),
                          calls.region(),
                          Json.text(m, "name", id),
                          Json.text(m, "encryptionKeyArn"))));
    }
  }

  private static void policyEngines(ScopeCalls calls, FactSink out) {
    for (JsonNode item :
        calls.listItems(AC, "ListPolicyEngines", "policyEngines", "AgentCorePolicyEngine")) {
      String id = Json.text(item, "policyEngineId");
      String arn = Json.text(item, "policyEngineArn");
      calls
          .detail(AC, "GetPolicyEngine", "policyEngineId", id, arn, "AgentCorePolicyEngine")
          .ifPresent(
              d ->
                  out.add(
                      new AgentCorePolicyEngine(
                          Json.text(d, "policyEngineArn", arn),
                          calls.accountId(),
                          calls.region(),
                          Json.text(d, "name", Json.text(item, "name")),
                          Json.text(d, "encryptionKeyArn"))));
    }
  }
}
