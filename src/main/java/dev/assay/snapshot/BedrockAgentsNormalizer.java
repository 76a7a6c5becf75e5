package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.Agent;
import dev.assay.fact.AgentRole;
import dev.assay.fact.AgentRoleSharing;
import dev.assay.fact.CollectionGap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Amazon Bedrock agents and the IAM roles they hold. An agent holds its draft's role and the role
 * of every version that a prepared alias accepting invocations routes to; sharing is judged over
 * all agents of the region, so it is asked only where that index is complete or sharing is proven.
 */
public final class BedrockAgentsNormalizer implements Normalizer {

  private static final String BA = "bedrock-agent";
  private static final String[] AGENT_TYPES = {"Agent", "AgentRoleSharing", "AgentServiceRole"};

  /** What is known of one listed agent. */
  private record Held(String arn, String name, Set<String> roles, boolean complete) {}

  @Override
  public Set<String> reads() {
    return Set.of(
        "bedrock-agent.ListAgents",
        "bedrock-agent.GetAgent",
        "bedrock-agent.ListAgentAliases",
        "bedrock-agent.GetAgentVersion");
  }

  @Override
  public void normalize(ScopeCalls calls, FactSink out) {
    List<Held> agents = new ArrayList<>();
    for (JsonNode item : calls.listItems(BA, "ListAgents", "agentSummaries", AGENT_TYPES)) {
      agents.add(agent(calls, out, Json.text(item, "agentId"), Json.text(item, "agentName")));
    }
    boolean regionComplete =
        DetailCalls.listed(calls, BA, "ListAgents") && agents.stream().allMatch(Held::complete);
    Map<String, Set<String>> holders = new HashMap<>();
    for (Held held : agents) {
      for (String role : held.roles()) {
        out.add(new AgentRole(held.arn(), held.name(), role));
        holders.computeIfAbsent(role, r -> new LinkedHashSet<>()).add(held.arn());
      }
    }
    for (Held held : agents) {
      boolean proven = held.roles().stream().anyMatch(r -> holders.get(r).size() > 1);
      if (proven || (held.complete() && regionComplete)) {
        out.add(new AgentRoleSharing(held.arn(), calls.accountId(), calls.region(), held.name()));
      } else if (held.complete()) {
        // This agent's roles are known, but an unreadable agent might hold one of them too.
        out.gap(
            new CollectionGap(
                calls.accountId(),
                calls.region(),
                BA,
                "ListAgents",
                "AgentRoleSharing",
                held.arn(),
                "IncompleteRoleIndex",
                "the roles of another agent in the region could not be read"));
      }
    }
  }

  private static Held agent(ScopeCalls calls, FactSink out, String id, String listedName) {
    String fallbackArn = calls.arn("bedrock", id == null ? null : "agent/" + id);
    Optional<JsonNode> draft =
        calls
            .detail(BA, "GetAgent", "agentId", id, fallbackArn, AGENT_TYPES)
            .map(r -> r.path("agent"));
    if (draft.isEmpty()) {
      return new Held(fallbackArn, listedName, Set.of(), false);
    }
    JsonNode d = draft.get();
    String arn = Json.text(d, "agentArn", fallbackArn);
    String name = Json.text(d, "agentName", listedName);
    out.add(
        new Agent(
            arn,
            calls.accountId(),
            calls.region(),
            id,
            name,
            Json.text(d.path("guardrailConfiguration"), "guardrailIdentifier"),
            Json.integer(d, "idleSessionTTLInSeconds"),
            Json.text(d, "agentResourceRoleArn")));
    Set<String> roles = new LinkedHashSet<>();
    boolean complete = addRole(roles, Json.text(d, "agentResourceRoleArn"));
    if (!complete) {
      out.gap(malformed(calls, "GetAgent", arn, "the draft"));
    }
    complete &= routedRoles(calls, out, id, arn, roles, Json.text(d, "agentResourceRoleArn"));
    return new Held(arn, name, roles, complete);
  }

  /** Adds the roles of versions live aliases route to; false when some could not be read. */
  private static boolean routedRoles(
      ScopeCalls calls, FactSink out, String id, String arn, Set<String> roles, String draftRole) {
    List<ApiCall> pages =
        calls.all(BA, "ListAgentAliases").stream()
            .filter(c -> id.equals(Json.text(c.request(), "agentId")) || id.equals(c.suffix()))
            .toList();
    if (pages.isEmpty() || pages.stream().anyMatch(ApiCall::failed)) {
      // Records the gap: not collected, or the failed page's error.
      calls.callAbout(
          BA, "ListAgentAliases", c -> pages.contains(c) && c.failed(), arn, "AgentRoleSharing");
      return false;
    }
    boolean complete = true;
    for (ApiCall page : pages) {
      for (JsonNode alias : Json.array(page.response(), "agentAliasSummaries")) {
        if (!"PREPARED".equals(Json.text(alias, "agentAliasStatus"))
            || "REJECT_INVOCATIONS".equals(Json.text(alias, "aliasInvocationState"))) {
          continue;
        }
        for (JsonNode route : Json.array(alias, "routingConfiguration")) {
          String version = Json.text(route, "agentVersion");
          complete &= versionRole(calls, out, id, arn, version, roles, draftRole);
        }
      }
    }
    return complete;
  }

  private static boolean versionRole(
      ScopeCalls calls,
      FactSink out,
      String id,
      String arn,
      String version,
      Set<String> roles,
      String draftRole) {
    if (version == null || "DRAFT".equals(version)) {
      return addRole(roles, draftRole);
    }
    return DetailCalls.byFields(
            calls,
            BA,
            "GetAgentVersion",
            arn,
            List.of(Map.entry("agentId", id), Map.entry("agentVersion", version)),
            "AgentRoleSharing")
        .map(
            r -> {
              boolean known =
                  addRole(roles, Json.text(r.path("agentVersion"), "agentResourceRoleArn"));
              if (!known) {
                out.gap(malformed(calls, "GetAgentVersion", arn, "version " + version));
              }
              return known;
            })
        .orElse(false);
  }

  private static boolean addRole(Set<String> roles, String role) {
    if (role == null) {
      return false;
    }
    roles.add(role);
    return true;
  }

  /**
   * A gap for an agent whose response names no role: its roles, and so its sharing, are unknown.
   */
  private static CollectionGap malformed(
      ScopeCalls calls, String operation, String arn, String what) {
    return new CollectionGap(
        calls.accountId(),
        calls.region(),
        BA,
        operation,
        "AgentRoleSharing",
        arn,
        "MalformedResponse",
        "the agentResourceRoleArn of " + what + " is missing");
  }
}
