package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.AgentServiceRole;
import dev.assay.fact.KnowledgeBaseRole;
import dev.assay.fact.RolePermissions;
import java.util.List;
import java.util.Set;

/**
 * The IAM service roles Bedrock agents and knowledge bases run as. Each named role gets an
 * unresolved {@link RolePermissions} stand-in here, so the least-privilege rules can join the role
 * as read by the IAM normalizer (in region {@code global}) or report that it was not found.
 */
public final class BedrockServiceRolesNormalizer implements Normalizer {

  private static final String BA = "bedrock-agent";

  @Override
  public Set<String> reads() {
    return Set.of(
        "bedrock-agent.GetAgent",
        "bedrock-agent.ListKnowledgeBases",
        "bedrock-agent.GetKnowledgeBase");
  }

  @Override
  public void normalize(ScopeCalls calls, FactSink out) {
    // The agents themselves, and the gaps of unreadable ones, come from BedrockAgentsNormalizer.
    for (ApiCall call : calls.all(BA, "GetAgent")) {
      if (!call.failed()) {
        JsonNode agent = call.response().path("agent");
        String suffix = call.suffix() == null || call.suffix().isEmpty() ? null : call.suffix();
        String id = Json.text(agent, "agentId", Json.text(call.request(), "agentId", suffix));
        String arn =
            Json.text(agent, "agentArn", calls.arn("bedrock", id == null ? null : "agent/" + id));
        String role = Json.text(agent, "agentResourceRoleArn");
        if (arn != null) {
          out.add(
              new AgentServiceRole(
                  arn, calls.accountId(), calls.region(), Json.text(agent, "agentName", id), role));
        }
        out.add(RolePermissions.unresolved(role, calls.accountId(), calls.region()));
      }
    }
    for (JsonNode item :
        calls.listItems(BA, "ListKnowledgeBases", "knowledgeBaseSummaries", "KnowledgeBaseRole")) {
      String id = Json.text(item, "knowledgeBaseId");
      String fallbackArn = calls.arn("bedrock", id == null ? null : "knowledge-base/" + id);
      DetailCalls.byAnyId(
              calls,
              BA,
              "GetKnowledgeBase",
              "knowledgeBaseId",
              fallbackArn,
              List.of(String.valueOf(id)),
              "KnowledgeBaseRole")
          .map(r -> r.path("knowledgeBase"))
          .ifPresent(
              kb -> {
                String role = Json.text(kb, "roleArn");
                out.add(
                    new KnowledgeBaseRole(
                        Json.text(kb, "knowledgeBaseArn", fallbackArn),
                        calls.accountId(),
                        calls.region(),
                        Json.text(kb, "name", Json.text(item, "name")),
                        role));
                out.add(RolePermissions.unresolved(role, calls.accountId(), calls.region()));
              });
    }
  }
}
