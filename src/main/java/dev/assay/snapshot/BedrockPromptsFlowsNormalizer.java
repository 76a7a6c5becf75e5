package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.Flow;
import dev.assay.fact.FlowNode;
import dev.assay.fact.Prompt;
import dev.assay.fact.PromptManagement;
import java.util.Arrays;
import java.util.Set;

/** Amazon Bedrock Prompt Management prompts and Bedrock Flows. */
public final class BedrockPromptsFlowsNormalizer implements Normalizer {

  private static final String BA = "bedrock-agent";

  @Override
  public Set<String> reads() {
    return Set.of(
        "bedrock-agent.ListPrompts",
        "bedrock-agent.GetPrompt",
        "bedrock-agent.ListFlows",
        "bedrock-agent.GetFlow");
  }

  @Override
  public void normalize(ScopeCalls calls, FactSink out) {
    prompts(calls, out);
    flows(calls, out);
  }

  private static void prompts(ScopeCalls calls, FactSink out) {
    var items = calls.listItems(BA, "ListPrompts", "promptSummaries", "Prompt", "PromptManagement");
    for (JsonNode item : items) {
      String arn = Json.text(item, "arn");
      String id = Json.text(item, "id");
      String name = Json.text(item, "name");
      DetailCalls.byAnyId(
              calls, BA, "GetPrompt", "promptIdentifier", arn, Arrays.asList(id, arn), "Prompt")
          .ifPresent(
              d ->
                  out.add(
                      new Prompt(
                          arn,
                          calls.accountId(),
                          calls.region(),
                          Json.text(d, "name", name),
                          Json.text(d, "customerEncryptionKeyArn"))));
    }
    // Asked only where the prompt list was read: elsewhere the list's gap makes it ERROR.
    if (DetailCalls.listed(calls, BA, "ListPrompts")) {
      out.add(new PromptManagement(calls.accountId(), calls.region(), items.size(), false));
    }
  }

  private static void flows(ScopeCalls calls, FactSink out) {
    for (JsonNode item : calls.listItems(BA, "ListFlows", "flowSummaries", "Flow")) {
      String arn = Json.text(item, "arn");
      String id = Json.text(item, "id");
      String name = Json.text(item, "name");
      DetailCalls.byAnyId(
              calls, BA, "GetFlow", "flowIdentifier", arn, Arrays.asList(id, arn), "Flow")
          .ifPresent(
              d -> flow(calls, out, Json.text(d, "arn", arn), Json.text(d, "name", name), d));
    }
  }

  private static void flow(ScopeCalls calls, FactSink out, String arn, String name, JsonNode d) {
    out.add(new Flow(arn, calls.accountId(), calls.region(), name));
    for (JsonNode node : Json.array(d.path("definition"), "nodes")) {
      String type = Json.text(node, "type");
      JsonNode config = node.path("configuration");
      if ("Prompt".equals(type)) {
        out.add(flowNode(arn, node, type, true, config.path("prompt")));
      } else if ("KnowledgeBase".equals(type)) {
        JsonNode kb = config.path("knowledgeBase");
        out.add(flowNode(arn, node, type, Json.text(kb, "modelId") != null, kb));
      }
    }
  }

  private static FlowNode flowNode(
      String flowArn, JsonNode node, String type, boolean generates, JsonNode config) {
    return new FlowNode(
        flowArn,
        Json.text(node, "name"),
        type,
        generates,
        Json.text(config.path("guardrailConfiguration"), "guardrailIdentifier"));
  }
}
