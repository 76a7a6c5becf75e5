package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.AgentCoreVpcEndpoints;
import dev.assay.fact.BedrockVpcEndpoints;
import dev.assay.fact.CollectionGap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * VPC interface endpoints for Bedrock and AgentCore: which VPCs are in use (have network
 * interfaces) or host AgentCore runtimes, and which endpoint services each reaches.
 */
public final class BedrockNetworkNormalizer implements Normalizer {

  private static final String EC2 = "ec2";
  private static final String AC = "bedrock-agentcore-control";
  private static final String BEDROCK_VPC = "BedrockVpcEndpoints";
  private static final String AGENTCORE_VPC = "AgentCoreVpcEndpoints";

  @Override
  public Set<String> reads() {
    return Set.of(
        "ec2.DescribeVpcEndpoints",
        "ec2.DescribeNetworkInterfaces",
        "ec2.DescribeSubnets",
        "bedrock-agentcore-control.ListAgentRuntimes",
        "bedrock-agentcore-control.GetAgentRuntime");
  }

  @Override
  public void normalize(ScopeCalls calls, FactSink out) {
    List<JsonNode> endpoints =
        calls.listItems(EC2, "DescribeVpcEndpoints", "VpcEndpoints", BEDROCK_VPC, AGENTCORE_VPC);
    if (!DetailCalls.listed(calls, EC2, "DescribeVpcEndpoints")) {
      return;
    }
    Map<String, Set<String>> available = new HashMap<>();
    for (JsonNode endpoint : endpoints) {
      String vpc = Json.text(endpoint, "VpcId");
      String service = Json.text(endpoint, "ServiceName");
      if (vpc != null
          && service != null
          && "available".equalsIgnoreCase(Json.text(endpoint, "State"))) {
        available.computeIfAbsent(vpc, v -> new TreeSet<>()).add(service);
      }
    }
    bedrockVpcs(calls, out, available);
    agentCoreVpcs(calls, out, available);
  }

  private static void bedrockVpcs(
      ScopeCalls calls, FactSink out, Map<String, Set<String>> available) {
    List<JsonNode> interfaces =
        calls.listItems(EC2, "DescribeNetworkInterfaces", "NetworkInterfaces", BEDROCK_VPC);
    if (!DetailCalls.listed(calls, EC2, "DescribeNetworkInterfaces")) {
      return;
    }
    Set<String> inUse = new TreeSet<>();
    interfaces.forEach(eni -> addIfSet(inUse, Json.text(eni, "VpcId")));
    for (String vpc : inUse) {
      out.add(
          new BedrockVpcEndpoints(
              calls.arn(EC2, "vpc/" + vpc),
              calls.accountId(),
              calls.region(),
              vpc,
              available.getOrDefault(vpc, Set.of()),
              false));
    }
  }

  /**
   * VPCs hosting a VPC-mode runtime, through the runtime's subnets. A runtime or subnet that cannot
   * be read could hide such a VPC, so it makes the whole region's AgentCore VPC check a gap.
   */
  private static void agentCoreVpcs(
      ScopeCalls calls, FactSink out, Map<String, Set<String>> available) {
    Set<String> subnets = new TreeSet<>();
    boolean complete = DetailCalls.listed(calls, AC, "ListAgentRuntimes");
    for (JsonNode item : calls.listItems(AC, "ListAgentRuntimes", "agentRuntimes", AGENTCORE_VPC)) {
      var runtime =
          calls.detail(
              AC,
              "GetAgentRuntime",
              "agentRuntimeId",
              Json.text(item, "agentRuntimeId"),
              null,
              AGENTCORE_VPC);
      complete &= runtime.isPresent();
      runtime
          .map(r -> r.path("networkConfiguration"))
          .filter(n -> "VPC".equals(Json.text(n, "networkMode")))
          .ifPresent(
              n ->
                  Json.array(n.path("networkModeConfig"), "subnets")
                      .forEach(s -> subnets.add(s.asText())));
    }
    if (!complete || subnets.isEmpty()) {
      return;
    }
    List<JsonNode> subnetItems = calls.listItems(EC2, "DescribeSubnets", "Subnets", AGENTCORE_VPC);
    if (!DetailCalls.listed(calls, EC2, "DescribeSubnets")) {
      return;
    }
    Map<String, String> vpcOfSubnet = new TreeMap<>();
    subnetItems.forEach(s -> vpcOfSubnet.put(Json.text(s, "SubnetId"), Json.text(s, "VpcId")));
    Set<String> vpcs = new TreeSet<>();
    for (String subnet : subnets) {
      String vpc = vpcOfSubnet.get(subnet);
      if (vpc == null) {
        out.gap(
            new CollectionGap(
                calls.accountId(),
                calls.region(),
                EC2,
                "DescribeSubnets",
                AGENTCORE_VPC,
                null,
                "SubnetNotFound",
                "runtime subnet " + subnet + " is not among the subnets read"));
        return;
      }
      vpcs.add(vpc);
    }
    for (String vpc : vpcs) {
      out.add(
          new AgentCoreVpcEndpoints(
              calls.arn(EC2, "vpc/" + vpc),
              calls.accountId(),
              calls.region(),
              vpc,
              available.getOrDefault(vpc, Set.of())));
    }
  }

  private static void addIfSet(Set<String> set, String value) {
    if (value != null) {
      set.add(value);
    }
  }
}
