package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.ActionGroupFunction;
import dev.assay.fact.RolePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The Lambda-backed action groups of Amazon Bedrock agents (working draft) and the execution roles
 * of their functions. Each named role gets an unresolved {@link RolePermissions} stand-in, as for
 * agent and knowledge-base roles, so the rule can join the role as IAM read it or report it
 * unknown.
 */
public final class BedrockActionGroupsNormalizer implements Normalizer {

  private static final String BA = "bedrock-agent";
  private static final String LAMBDA = "lambda";
  private static final String TYPE = "ActionGroupFunction";

  @Override
  public Set<String> reads() {
    return Set.of(
        "bedrock-agent.ListAgents",
        "bedrock-agent.ListAgentActionGroups",
        "bedrock-agent.GetAgentActionGroup",
        "lambda.GetFunctionConfiguration");
  }

  @Override
  public void normalize(ScopeCalls calls, FactSink out) {
    for (JsonNode agent : calls.listItems(BA, "ListAgents", "agentSummaries", TYPE)) {
      String id = Json.text(agent, "agentId");
      if (id == null) {
        continue;
      }
      String agentArn = calls.arn("bedrock", "agent/" + id);
      String agentName = Json.text(agent, "agentName", id);
      DetailCalls.pagesAbout(
              calls, BA, "ListAgentActionGroups", agentArn, List.of(Map.entry("agentId", id)), TYPE)
          .ifPresent(
              pages -> {
                for (JsonNode page : pages) {
                  for (JsonNode group : Json.array(page, "actionGroupSummaries")) {
                    actionGroup(calls, out, id, agentArn, agentName, group);
                  }
                }
              });
    }
  }

  private static void actionGroup(
      ScopeCalls calls,
      FactSink out,
      String agentId,
      String agentArn,
      String agentName,
      JsonNode summary) {
    String groupId = Json.text(summary, "actionGroupId");
    if (groupId == null) {
      return;
    }
    String arn = agentArn + "/action-group/" + groupId;
    Optional<JsonNode> group =
        DetailCalls.byFields(
                calls,
                BA,
                "GetAgentActionGroup",
                arn,
                List.of(Map.entry("agentId", agentId), Map.entry("actionGroupId", groupId)),
                TYPE)
            .map(r -> r.path("agentActionGroup"));
    String function =
        group.map(g -> Json.text(g.path("actionGroupExecutor"), "lambda")).orElse(null);
    if (function == null) {
      return; // unreadable (a gap is recorded) or returns control: no function to judge
    }
    String name = Json.text(group.get(), "actionGroupName", Json.text(summary, "actionGroupName"));
    functionConfiguration(calls, function, arn)
        .ifPresent(
            config -> {
              String role = config.isMissingNode() ? null : Json.text(config, "Role");
              out.add(
                  new ActionGroupFunction(
                      arn,
                      calls.accountId(),
                      calls.region(),
                      name,
                      agentName,
                      function,
                      !config.isMissingNode(),
                      role));
              // Also without a role: the rule joins the stand-in to report a missing function.
              out.add(RolePermissions.unresolved(role, calls.accountId(), calls.region()));
            });
  }

  /**
   * The function's configuration; a {@link com.fasterxml.jackson.databind.node.MissingNode} when
   * Lambda does not know it; empty, with a gap for the action group, when unreadable.
   */
  private static Optional<JsonNode> functionConfiguration(
      ScopeCalls calls, String function, String groupArn) {
    Predicate<ApiCall> about =
        c ->
            function.equals(Json.text(c.request(), "FunctionName"))
                || suffixOf(function).equals(c.suffix());
    Optional<ApiCall> found =
        calls.all(LAMBDA, "GetFunctionConfiguration").stream().filter(about).findFirst();
    if (found.isPresent()
        && found.get().failed()
        && "ResourceNotFoundException".equals(found.get().error().code())) {
      return Optional.of(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    }
    return calls
        .callAbout(LAMBDA, "GetFunctionConfiguration", about, groupArn, TYPE)
        .map(ApiCall::response);
  }

  /** The collector's file suffix for a function: its name, {@code _<qualifier>} appended. */
  private static String suffixOf(String function) {
    int at = function.indexOf(":function:");
    String tail = at < 0 ? function : function.substring(at + ":function:".length());
    return tail.replace(':', '_');
  }
}
