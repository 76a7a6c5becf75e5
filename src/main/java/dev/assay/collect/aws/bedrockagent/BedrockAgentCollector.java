package dev.assay.collect.aws.bedrockagent;

import dev.assay.collect.CallRecorder;
import dev.assay.collect.ServiceCollector;
import dev.assay.collect.ServiceScope;
import dev.assay.collect.aws.lambda.ActionGroupFunctions;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.bedrockagent.BedrockAgentClient;
import software.amazon.awssdk.services.bedrockagent.model.AgentAliasRoutingConfigurationListItem;
import software.amazon.awssdk.services.bedrockagent.model.AgentAliasSummary;
import software.amazon.awssdk.services.bedrockagent.model.GetAgentActionGroupRequest;
import software.amazon.awssdk.services.bedrockagent.model.GetAgentRequest;
import software.amazon.awssdk.services.bedrockagent.model.GetAgentVersionRequest;
import software.amazon.awssdk.services.bedrockagent.model.GetDataSourceRequest;
import software.amazon.awssdk.services.bedrockagent.model.GetKnowledgeBaseRequest;
import software.amazon.awssdk.services.bedrockagent.model.ListAgentActionGroupsRequest;
import software.amazon.awssdk.services.bedrockagent.model.ListAgentActionGroupsResponse;
import software.amazon.awssdk.services.bedrockagent.model.ListAgentAliasesRequest;
import software.amazon.awssdk.services.bedrockagent.model.ListAgentAliasesResponse;
import software.amazon.awssdk.services.bedrockagent.model.ListAgentsRequest;
import software.amazon.awssdk.services.bedrockagent.model.ListAgentsResponse;
import software.amazon.awssdk.services.bedrockagent.model.ListDataSourcesRequest;
import software.amazon.awssdk.services.bedrockagent.model.ListDataSourcesResponse;
import software.amazon.awssdk.services.bedrockagent.model.ListIngestionJobsRequest;
import software.amazon.awssdk.services.bedrockagent.model.ListIngestionJobsResponse;
import software.amazon.awssdk.services.bedrockagent.model.ListKnowledgeBasesRequest;
import software.amazon.awssdk.services.bedrockagent.model.ListKnowledgeBasesResponse;

/**
 * Agents for Amazon Bedrock: agents (draft, aliases, and the versions that prepared aliases
 * accepting invocations route to: the roles they run as; the draft's action groups and their Lambda
 * functions), knowledge bases with their data sources and ingestion jobs; prompts and flows in
 * {@link PromptsAndFlows}.
 */
public final class BedrockAgentCollector implements ServiceCollector {

  private static final String BA = "bedrock-agent";

  @Override
  public String name() {
    return BA;
  }

  @Override
  public Set<String> operations() {
    Set<String> ops =
        new TreeSet<>(
            Set.of(
                "bedrock-agent.ListAgents",
                "bedrock-agent.GetAgent",
                "bedrock-agent.ListAgentAliases",
                "bedrock-agent.GetAgentVersion",
                "bedrock-agent.ListKnowledgeBases",
                "bedrock-agent.GetKnowledgeBase",
                "bedrock-agent.ListDataSources",
                "bedrock-agent.GetDataSource",
                "bedrock-agent.ListIngestionJobs",
                "bedrock-agent.ListAgentActionGroups",
                "bedrock-agent.GetAgentActionGroup",
                ActionGroupFunctions.CONFIGURATION));
    ops.addAll(PromptsAndFlows.OPERATIONS);
    return ops;
  }

  @Override
  public List<String> entryOperations() {
    return List.of(
        "bedrock-agent.ListAgents",
        "bedrock-agent.ListKnowledgeBases",
        "bedrock-agent.ListPrompts",
        "bedrock-agent.ListFlows");
  }

  @Override
  public void collect(ServiceScope scope) {
    BedrockAgentClient ba = scope.client(BedrockAgentClient::builder);
    CallRecorder r = scope.recorder(BA);
    agents(ba, r, new ActionGroupFunctions(scope));
    knowledgeBases(ba, r);
    PromptsAndFlows.collect(ba, r);
  }

  private static void agents(
      BedrockAgentClient ba, CallRecorder r, ActionGroupFunctions functions) {
    for (var a :
        r.list(
            "ListAgents",
            ListAgentsRequest.builder().build(),
            ba::listAgentsPaginator,
            ListAgentsResponse::agentSummaries)) {
      String id = a.agentId();
      r.detail("GetAgent", id, GetAgentRequest.builder().agentId(id).build(), ba::getAgent);
      actionGroups(ba, r, functions, id);
      Set<String> versions = new TreeSet<>();
      for (AgentAliasSummary alias :
          r.listAbout(
              "ListAgentAliases",
              id,
              ListAgentAliasesRequest.builder().agentId(id).build(),
              ba::listAgentAliasesPaginator,
              ListAgentAliasesResponse::agentAliasSummaries)) {
        if (!"PREPARED".equals(alias.agentAliasStatusAsString())
            || "REJECT_INVOCATIONS".equals(alias.aliasInvocationStateAsString())) {
          continue;
        }
        for (AgentAliasRoutingConfigurationListItem route : alias.routingConfiguration()) {
          if (route.agentVersion() != null && !"DRAFT".equals(route.agentVersion())) {
            versions.add(route.agentVersion());
          }
        }
      }
      for (String version : versions) {
        r.detail(
            "GetAgentVersion",
            id + "_" + version,
            GetAgentVersionRequest.builder().agentId(id).agentVersion(version).build(),
            ba::getAgentVersion);
      }
    }
  }

  /**
   * The action groups of the agent's working draft and the configuration of each Lambda function
   * one runs (its execution role). Deployed versions are not read: as for the draft's guardrail.
   */
  private static void actionGroups(
      BedrockAgentClient ba, CallRecorder r, ActionGroupFunctions functions, String agentId) {
    for (var g :
        r.listAbout(
            "ListAgentActionGroups",
            agentId,
            ListAgentActionGroupsRequest.builder().agentId(agentId).agentVersion("DRAFT").build(),
            ba::listAgentActionGroupsPaginator,
            ListAgentActionGroupsResponse::actionGroupSummaries)) {
      r.detail(
              "GetAgentActionGroup",
              agentId + "_" + g.actionGroupId(),
              GetAgentActionGroupRequest.builder()
                  .agentId(agentId)
                  .agentVersion("DRAFT")
                  .actionGroupId(g.actionGroupId())
                  .build(),
              ba::getAgentActionGroup)
          .map(d -> d.agentActionGroup().actionGroupExecutor())
          .filter(e -> e != null && e.lambda() != null)
          .ifPresent(e -> functions.configuration(e.lambda()));
    }
  }

  private static void knowledgeBases(BedrockAgentClient ba, CallRecorder r) {
    for (var kb :
        r.list(
            "ListKnowledgeBases",
            ListKnowledgeBasesRequest.builder().build(),
            ba::listKnowledgeBasesPaginator,
            ListKnowledgeBasesResponse::knowledgeBaseSummaries)) {
      String kbId = kb.knowledgeBaseId();
      r.detail(
          "GetKnowledgeBase",
          kbId,
          GetKnowledgeBaseRequest.builder().knowledgeBaseId(kbId).build(),
          ba::getKnowledgeBase);
      for (var ds :
          r.listAbout(
              "ListDataSources",
              kbId,
              ListDataSourcesRequest.builder().knowledgeBaseId(kbId).build(),
              ba::listDataSourcesPaginator,
              ListDataSourcesResponse::dataSourceSummaries)) {
        String dsId = ds.dataSourceId();
        r.detail(
            "GetDataSource",
            kbId + "_" + dsId,
            GetDataSourceRequest.builder().knowledgeBaseId(kbId).dataSourceId(dsId).build(),
            ba::getDataSource);
        r.listAbout(
            "ListIngestionJobs",
            kbId + "_" + dsId,
            ListIngestionJobsRequest.builder().knowledgeBaseId(kbId).dataSourceId(dsId).build(),
            ba::listIngestionJobsPaginator,
            ListIngestionJobsResponse::ingestionJobSummaries);
      }
    }
  }
}
