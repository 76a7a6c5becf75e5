package dev.assay.collect.aws.bedrockagent;

import dev.assay.collect.CallRecorder;
import java.util.Set;
import software.amazon.awssdk.services.bedrockagent.BedrockAgentClient;
import software.amazon.awssdk.services.bedrockagent.model.GetFlowRequest;
import software.amazon.awssdk.services.bedrockagent.model.GetPromptRequest;
import software.amazon.awssdk.services.bedrockagent.model.ListFlowsRequest;
import software.amazon.awssdk.services.bedrockagent.model.ListFlowsResponse;
import software.amazon.awssdk.services.bedrockagent.model.ListPromptsRequest;
import software.amazon.awssdk.services.bedrockagent.model.ListPromptsResponse;

/** Prompt Management prompts (their DRAFT, the working version) and Bedrock Flows. */
final class PromptsAndFlows {

  static final Set<String> OPERATIONS =
      Set.of(
          "bedrock-agent.ListPrompts",
          "bedrock-agent.GetPrompt",
          "bedrock-agent.ListFlows",
          "bedrock-agent.GetFlow");

  private PromptsAndFlows() {}

  static void collect(BedrockAgentClient ba, CallRecorder r) {
    // Without promptIdentifier, ListPrompts lists each prompt once (its DRAFT).
    for (var p :
        r.list(
            "ListPrompts",
            ListPromptsRequest.builder().build(),
            ba::listPromptsPaginator,
            ListPromptsResponse::promptSummaries)) {
      r.detail(
          "GetPrompt",
          p.id(),
          GetPromptRequest.builder().promptIdentifier(p.id()).build(),
          ba::getPrompt);
    }
    for (var f :
        r.list(
            "ListFlows",
            ListFlowsRequest.builder().build(),
            ba::listFlowsPaginator,
            ListFlowsResponse::flowSummaries)) {
      r.detail(
          "GetFlow", f.id(), GetFlowRequest.builder().flowIdentifier(f.id()).build(), ba::getFlow);
    }
  }
}
