package dev.assay.collect;

import static dev.assay.collect.EveryServiceWorld.ACCOUNT;
import static dev.assay.collect.EveryServiceWorld.ARTIFACTS;
import static dev.assay.collect.EveryServiceWorld.LOGS;
import static dev.assay.collect.EveryServiceWorld.REGION;
import static dev.assay.collect.EveryServiceWorld.ROLE;
import static dev.assay.collect.EveryServiceWorld.TRAIN;
import static dev.assay.collect.EveryServiceWorld.USER;

import java.util.Map;

/**
 * Recorded answers, in the exact API shapes (botocore models), for the resources of {@link
 * EveryServiceWorld} that moto 5.2.1 cannot hold: Bedrock models, guardrails, prompts and flows,
 * agent aliases, versions and action groups, data sources, AgentCore runtimes, gateways, policy
 * engines and browsers, the SageMaker resources moto does not list, CloudTrail events, recovery
 * points, a data protection policy, a Bedrock API key and last-accessed reports.
 */
final class EveryServiceRecordings {

  static final String ARN = "arn:aws:bedrock:" + REGION + ":" + ACCOUNT + ":";
  static final String AC = "arn:aws:bedrock-agentcore:" + REGION + ":" + ACCOUNT + ":";
  static final String SM = "arn:aws:sagemaker:" + REGION + ":" + ACCOUNT + ":";

  private EveryServiceRecordings() {}

  static void play(AwsStub stub) {
    Recorded.missingInMoto(stub);
    Recorded.nonCompliant(stub, "sagemaker-notebook-no-direct-internet-access", "nb-secure");
    bedrock(stub);
    agents(stub);
    agentCore(stub);
    sagemaker(stub);
    Recorded.rest(
        stub,
        "GET",
        "/resources/[^/]+/recovery-points/",
        "{\"RecoveryPoints\": [{\"RecoveryPointArn\": \"arn:aws:backup:"
            + REGION
            + ":"
            + ACCOUNT
            + ":recovery-point:1\", \"Status\": \"COMPLETED\", \"CreationDate\": 1794873600}]}");
    stub.on(
        r -> r.is("cloudtrail", "LookupEvents") && r.body().contains("\"InvokeModel\""),
        r ->
            StubResponse.json(
                "{\"Events\": [{\"EventId\": \"e1\", \"EventName\": \"InvokeModel\","
                    + " \"EventTime\": 1795046400, \"EventSource\": \"bedrock.amazonaws.com\","
                    + " \"CloudTrailEvent\": \"{\\\"userIdentity\\\": {\\\"arn\\\": \\\""
                    + USER
                    + "\\\"}}\"}]}"));
    stub.on(
        r -> r.is("logs", "GetDataProtectionPolicy"),
        r ->
            StubResponse.json(
                "{\"logGroupIdentifier\": "
                    + Recorded.quote(Recorded.jsonValue(r.body(), "logGroupIdentifier"))
                    + ", \"policyDocument\": \"{\\\"Name\\\":\\\"pii\\\",\\\"Version\\\":"
                    + "\\\"2021-06-01\\\",\\\"Statement\\\":[{\\\"Sid\\\":\\\"audit\\\","
                    + "\\\"DataIdentifier\\\":[\\\"arn:aws:dataprotection::aws:data-identifier/"
                    + "EmailAddress\\\"],\\\"Operation\\\":{\\\"Audit\\\":{\\\"FindingsDestination"
                    + "\\\":{}}}}]}\"}"));
    stub.on(
        r -> r.is("iam", "ListServiceSpecificCredentials"),
        r ->
            Recorded.iam(
                "ListServiceSpecificCredentials",
                "<ServiceSpecificCredentials><member><UserName>analyst</UserName>"
                    + "<Status>Active</Status><ServiceUserName>analyst-at-"
                    + ACCOUNT
                    + "</ServiceUserName><CreateDate>2026-10-01T00:00:00Z</CreateDate>"
                    + "<ServiceSpecificCredentialId>ACCAEXAMPLEBEDROCK1</ServiceSpecificCredentialId>"
                    + "<ServiceName>bedrock.amazonaws.com</ServiceName></member>"
                    + "</ServiceSpecificCredentials>"));
    Recorded.lastAccessed(
        stub,
        Map.of(
            ROLE, Map.of("bedrock", "2026-11-18T10:00:00Z"),
            USER, Map.of("bedrock", "2026-11-17T09:00:00Z", "sagemaker", "2026-06-01T00:00:00Z")));
  }

  private static void bedrock(AwsStub stub) {
    String custom = ARN + "custom-model/amazon.titan-text-express-v1:0:8k/support-ft";
    Recorded.rest(
        stub,
        "GET",
        "/custom-models",
        "{\"modelSummaries\": [{\"modelArn\": \""
            + custom
            + "\", \"modelName\": \"support-ft\", \"baseModelArn\": \"arn:aws:bedrock:"
            + REGION
            + "::foundation-model/amazon.titan-text-express-v1\"}]}");
    Recorded.rest(
        stub,
        "GET",
        "/custom-models/.+",
        "{\"modelArn\": \""
            + custom
            + "\", \"modelName\": \"support-ft\", \"jobArn\": \""
            + ARN
            + "model-customization-job/ft1\", \"trainingDataConfig\": {\"s3Uri\": \"s3://"
            + TRAIN
            + "/bedrock/train.jsonl\"}, \"outputDataConfig\": {\"s3Uri\": \"s3://"
            + ARTIFACTS
            + "/bedrock/\"}, \"modelKmsKeyArn\": \"arn:aws:kms:"
            + REGION
            + ":"
            + ACCOUNT
            + ":key/1a2b\"}");
    Recorded.rest(
        stub,
        "GET",
        "/imported-models",
        "{\"modelSummaries\": [{\"modelArn\": \""
            + ARN
            + "imported-model/llama-ft\", \"modelName\": \"llama-ft\"}]}");
    Recorded.rest(
        stub,
        "GET",
        "/imported-models/.+",
        "{\"modelArn\": \"" + ARN + "imported-model/llama-ft\", \"modelName\": \"llama-ft\"}");
    Recorded.rest(
        stub,
        "GET",
        "/provisioned-model-throughputs",
        "{\"provisionedModelSummaries\": [{\"provisionedModelName\": \"support-pt\","
            + " \"provisionedModelArn\": \""
            + ARN
            + "provisioned-model/pt1\", \"modelArn\": \""
            + custom
            + "\", \"desiredModelArn\": \""
            + custom
            + "\", \"foundationModelArn\": \"arn:aws:bedrock:"
            + REGION
            + "::foundation-model/amazon.titan-text-express-v1\", \"modelUnits\": 1,"
            + " \"desiredModelUnits\": 1, \"status\": \"InService\"}]}");
    Recorded.rest(
        stub,
        "GET",
        "/evaluation-jobs",
        "{\"jobSummaries\": [{\"jobArn\": \""
            + ARN
            + "evaluation-job/ev1\", \"jobName\": \"eval-support-ft\", \"status\": \"Completed\","
            + " \"creationTime\": \"2026-11-10T00:00:00Z\", \"jobType\": \"Automated\","
            + " \"evaluationTaskTypes\": [\"General\"], \"modelIdentifiers\": [\""
            + custom
            + "\"]}]}");
    Recorded.rest(
        stub,
        "GET",
        "/model-invocation-jobs",
        "{\"invocationJobSummaries\": [{\"jobArn\": \""
            + ARN
            + "model-invocation-job/b1\", \"jobName\": \"nightly\", \"modelId\": \"m\","
            + " \"roleArn\": \""
            + ROLE
            + "\", \"status\": \"Completed\", \"outputDataConfig\": {\"s3OutputDataConfig\":"
            + " {\"s3Uri\": \"s3://"
            + ARTIFACTS
            + "/batch/\"}}}]}");
    Recorded.rest(
        stub,
        "GET",
        "/enforcedGuardrailsConfiguration",
        "{\"guardrailsConfig\": [{\"configId\": \"c1\", \"guardrailArn\": \""
            + ARN
            + "guardrail/g1\", \"guardrailId\": \"g1\", \"guardrailVersion\": \"1\"}]}");
    Recorded.rest(
        stub,
        "GET",
        "/guardrails",
        "{\"guardrails\": [{\"id\": \"g1\", \"arn\": \""
            + ARN
            + "guardrail/g1\", \"status\": \"READY\", \"name\": \"support\", \"version\": \"DRAFT\"}]}");
    Recorded.rest(
        stub,
        "GET",
        "/guardrails/g1",
        "{\"name\": \"support\", \"guardrailId\": \"g1\", \"guardrailArn\": \""
            + ARN
            + "guardrail/g1\", \"version\": \"DRAFT\", \"status\": \"READY\","
            + " \"contentPolicy\": {\"filters\": [{\"type\": \"PROMPT_ATTACK\", \"inputStrength\":"
            + " \"HIGH\", \"outputStrength\": \"NONE\"}]}}");
  }

  private static void agents(AwsStub stub) {
    Recorded.rest(
        stub,
        "POST",
        "/agents/",
        "{\"agentSummaries\": [{\"agentId\": \"AG1\", \"agentName\": \"support-agent\","
            + " \"agentStatus\": \"PREPARED\", \"updatedAt\": \"2026-11-01T00:00:00Z\"}]}");
    Recorded.rest(
        stub,
        "GET",
        "/agents/AG1/",
        "{\"agent\": {\"agentId\": \"AG1\", \"agentName\": \"support-agent\", \"agentArn\": \""
            + ARN
            + "agent/AG1\", \"agentVersion\": \"DRAFT\", \"agentStatus\": \"PREPARED\","
            + " \"idleSessionTTLInSeconds\": 600, \"agentResourceRoleArn\": \""
            + ROLE
            + "\", \"guardrailConfiguration\": {\"guardrailIdentifier\": \"g1\","
            + " \"guardrailVersion\": \"1\"}}}");
    Recorded.rest(
        stub,
        "POST",
        "/agents/AG1/agentversions/DRAFT/actiongroups/",
        "{\"actionGroupSummaries\": [{\"actionGroupId\": \"AGR1\", \"actionGroupName\":"
            + " \"lookup-order\", \"actionGroupState\": \"ENABLED\", \"updatedAt\":"
            + " \"2026-11-01T00:00:00Z\"}]}");
    Recorded.rest(
        stub,
        "GET",
        "/agents/AG1/agentversions/DRAFT/actiongroups/AGR1/",
        "{\"agentActionGroup\": {\"agentId\": \"AG1\", \"agentVersion\": \"DRAFT\","
            + " \"actionGroupId\": \"AGR1\", \"actionGroupName\": \"lookup-order\","
            + " \"actionGroupState\": \"ENABLED\", \"createdAt\": \"2026-11-01T00:00:00Z\","
            + " \"updatedAt\": \"2026-11-01T00:00:00Z\", \"actionGroupExecutor\": {\"lambda\":"
            + " \"arn:aws:lambda:"
            + REGION
            + ":"
            + ACCOUNT
            + ":function:"
            + EveryServiceWorld.FUNCTION
            + "\"}}}");
    Recorded.rest(
        stub,
        "POST",
        "/knowledgebases/",
        "{\"knowledgeBaseSummaries\": [{\"knowledgeBaseId\": \"KB1\", \"name\": \"support-kb\","
            + " \"status\": \"ACTIVE\", \"updatedAt\": \"2026-11-01T00:00:00Z\"}]}");
    Recorded.rest(
        stub,
        "GET",
        "/knowledgebases/KB1",
        "{\"knowledgeBase\": {\"knowledgeBaseId\": \"KB1\", \"name\": \"support-kb\","
            + " \"knowledgeBaseArn\": \""
            + ARN
            + "knowledge-base/KB1\", \"roleArn\": \""
            + ROLE
            + "\", \"status\": \"ACTIVE\"}}");
    Recorded.rest(
        stub,
        "POST",
        "/agents/[^/]+/agentaliases/",
        "{\"agentAliasSummaries\": [{\"agentAliasId\": \"LIVE\", \"agentAliasName\": \"live\","
            + " \"agentAliasStatus\": \"PREPARED\", \"routingConfiguration\": [{\"agentVersion\":"
            + " \"1\"}]}]}");
    stub.on(
        r -> r.method().equals("GET") && r.path().matches("/agents/[^/]+/agentversions/1/"),
        r ->
            StubResponse.json(
                "{\"agentVersion\": {\"agentId\": \""
                    + r.path().split("/")[2]
                    + "\", \"agentName\": \"support-agent\", \"version\": \"1\","
                    + " \"agentResourceRoleArn\": \""
                    + ROLE
                    + "\", \"agentStatus\": \"PREPARED\"}}"));
    Recorded.rest(
        stub,
        "POST",
        "/knowledgebases/[^/]+/datasources/",
        "{\"dataSourceSummaries\": [{\"dataSourceId\": \"DS1\", \"name\": \"manuals\","
            + " \"status\": \"AVAILABLE\"}]}");
    stub.on(
        r -> r.method().equals("GET") && r.path().matches("/knowledgebases/[^/]+/datasources/DS1"),
        r ->
            StubResponse.json(
                "{\"dataSource\": {\"knowledgeBaseId\": \""
                    + r.path().split("/")[2]
                    + "\", \"dataSourceId\": \"DS1\", \"name\": \"manuals\", \"status\":"
                    + " \"AVAILABLE\", \"serverSideEncryptionConfiguration\": {\"kmsKeyArn\":"
                    + " \"arn:aws:kms:"
                    + REGION
                    + ":"
                    + ACCOUNT
                    + ":key/3c4d\"}}}"));
    Recorded.rest(
        stub,
        "POST",
        "/knowledgebases/[^/]+/datasources/DS1/ingestionjobs/",
        "{\"ingestionJobSummaries\": [{\"ingestionJobId\": \"J1\", \"status\": \"COMPLETE\","
            + " \"startedAt\": \"2026-11-15T00:00:00Z\", \"updatedAt\": \"2026-11-15T00:10:00Z\"}]}");
    Recorded.rest(
        stub,
        "GET",
        "/prompts/",
        "{\"promptSummaries\": [{\"id\": \"P1\", \"name\": \"triage\", \"arn\": \""
            + ARN
            + "prompt/P1\", \"version\": \"DRAFT\"}]}");
    Recorded.rest(
        stub,
        "GET",
        "/prompts/P1/",
        "{\"id\": \"P1\", \"name\": \"triage\", \"arn\": \""
            + ARN
            + "prompt/P1\", \"version\": \"DRAFT\"}");
    Recorded.rest(
        stub,
        "GET",
        "/flows/",
        "{\"flowSummaries\": [{\"id\": \"F1\", \"name\": \"route\", \"arn\": \""
            + ARN
            + "flow/F1\", \"status\": \"Prepared\", \"version\": \"DRAFT\"}]}");
    Recorded.rest(
        stub,
        "GET",
        "/flows/F1/",
        "{\"id\": \"F1\", \"name\": \"route\", \"arn\": \""
            + ARN
            + "flow/F1\", \"status\": \"Prepared\", \"version\": \"DRAFT\", \"definition\":"
            + " {\"nodes\": [{\"name\": \"answer\", \"type\": \"Prompt\", \"configuration\":"
            + " {\"prompt\": {\"sourceConfiguration\": {\"resource\": {\"promptArn\": \""
            + ARN
            + "prompt/P1\"}}}}}]}}");
  }

  private static void agentCore(AwsStub stub) {
    Recorded.rest(
        stub,
        "POST",
        "/memories/",
        "{\"memories\": [{\"arn\": \""
            + AC
            + "memory/mem-support\", \"id\": \"mem-support\", \"status\": \"ACTIVE\"}]}");
    Recorded.rest(
        stub,
        "GET",
        "/memories/mem-support/details",
        "{\"memory\": {\"arn\": \""
            + AC
            + "memory/mem-support\", \"id\": \"mem-support\", \"name\": \"support_memory\","
            + " \"eventExpiryDuration\": 30, \"status\": \"ACTIVE\"}}");
    Recorded.rest(
        stub,
        "POST",
        "/runtimes/",
        "{\"agentRuntimes\": [{\"agentRuntimeArn\": \""
            + AC
            + "runtime/rt-support\", \"agentRuntimeId\": \"rt-support\", \"agentRuntimeVersion\":"
            + " \"1\", \"agentRuntimeName\": \"rt_support\", \"description\": \"\", \"status\":"
            + " \"READY\"}]}");
    Recorded.rest(
        stub,
        "GET",
        "/runtimes/rt-support/",
        "{\"agentRuntimeArn\": \""
            + AC
            + "runtime/rt-support\", \"agentRuntimeId\": \"rt-support\", \"agentRuntimeName\":"
            + " \"rt_support\", \"agentRuntimeVersion\": \"1\", \"roleArn\": \""
            + ROLE
            + "\", \"status\": \"READY\", \"networkConfiguration\": {\"networkMode\": \"PUBLIC\"}}");
    Recorded.rest(
        stub,
        "GET",
        "/gateways/",
        "{\"items\": [{\"gatewayId\": \"gw-tools\", \"name\": \"tools\", \"status\": \"READY\","
            + " \"authorizerType\": \"CUSTOM_JWT\"}]}");
    Recorded.rest(
        stub,
        "GET",
        "/gateways/gw-tools/",
        "{\"gatewayArn\": \""
            + AC
            + "gateway/gw-tools\", \"gatewayId\": \"gw-tools\", \"name\": \"tools\", \"status\":"
            + " \"READY\", \"authorizerType\": \"CUSTOM_JWT\", \"exceptionLevel\": \"DEBUG\"}");
    Recorded.rest(
        stub,
        "GET",
        "/policy-engines",
        "{\"policyEngines\": [{\"policyEngineId\": \"pe1\", \"name\": \"guard\","
            + " \"policyEngineArn\": \""
            + AC
            + "policy-engine/pe1\", \"status\": \"ACTIVE\", \"statusReasons\": []}]}");
    Recorded.rest(
        stub,
        "GET",
        "/policy-engines/pe1",
        "{\"policyEngineId\": \"pe1\", \"name\": \"guard\", \"policyEngineArn\": \""
            + AC
            + "policy-engine/pe1\", \"status\": \"ACTIVE\", \"statusReasons\": []}");
    Recorded.rest(
        stub,
        "POST",
        "/browsers",
        "{\"browserSummaries\": [{\"browserId\": \"br1\", \"browserArn\": \""
            + AC
            + "browser-custom/br1\", \"name\": \"research\", \"status\": \"READY\"}]}");
    Recorded.rest(
        stub,
        "GET",
        "/browsers/br1",
        "{\"browserId\": \"br1\", \"browserArn\": \""
            + AC
            + "browser-custom/br1\", \"name\": \"research\", \"status\": \"READY\","
            + " \"networkConfiguration\": {\"networkMode\": \"PUBLIC\"}, \"recording\":"
            + " {\"enabled\": true, \"s3Location\": {\"bucket\": \""
            + LOGS
            + "\", \"prefix\": \"recordings/\"}}}");
  }

  private static void sagemaker(AwsStub stub) {
    monitoringDefinitions(stub);
    sm(
        stub,
        "ListMonitoringSchedules",
        "{\"MonitoringScheduleSummaries\": [{\"MonitoringScheduleName\": \"ms-chat\","
            + " \"MonitoringScheduleArn\": \""
            + SM
            + "monitoring-schedule/ms-chat\", \"CreationTime\": 1793000000, \"LastModifiedTime\":"
            + " 1793000000, \"MonitoringScheduleStatus\": \"Scheduled\", \"EndpointName\":"
            + " \"ep-chat\", \"MonitoringType\": \"DataQuality\"}]}");
    sm(
        stub,
        "DescribeMonitoringSchedule",
        "{\"MonitoringScheduleArn\": \""
            + SM
            + "monitoring-schedule/ms-chat\", \"MonitoringScheduleName\": \"ms-chat\","
            + " \"MonitoringScheduleStatus\": \"Scheduled\", \"MonitoringType\": \"DataQuality\","
            + " \"CreationTime\": 1793000000, \"LastModifiedTime\": 1793000000,"
            + " \"MonitoringScheduleConfig\": {\"MonitoringJobDefinition\": {\"MonitoringResources\":"
            + " {\"ClusterConfig\": {\"InstanceCount\": 1, \"InstanceType\": \"ml.m5.large\","
            + " \"VolumeSizeInGB\": 10}}, \"NetworkConfig\": {\"EnableNetworkIsolation\": true}}}}");
    sm(
        stub,
        "ListFeatureGroups",
        "{\"FeatureGroupSummaries\": [{\"FeatureGroupName\": \"customers\", \"FeatureGroupArn\":"
            + " \""
            + SM
            + "feature-group/customers\", \"CreationTime\": 1793000000}]}");
    sm(
        stub,
        "DescribeFeatureGroup",
        "{\"FeatureGroupName\": \"customers\", \"FeatureGroupArn\": \""
            + SM
            + "feature-group/customers\", \"OnlineStoreConfig\": {\"EnableOnlineStore\": true}}");
    sm(
        stub,
        "ListInferenceExperiments",
        "{\"InferenceExperiments\": [{\"Name\": \"shadow-chat\", \"Type\": \"ShadowMode\","
            + " \"Status\": \"Running\", \"CreationTime\": 1793000000, \"LastModifiedTime\":"
            + " 1793000000}]}");
    sm(
        stub,
        "DescribeInferenceExperiment",
        "{\"Arn\": \""
            + SM
            + "inference-experiment/shadow-chat\", \"Name\": \"shadow-chat\", \"Type\":"
            + " \"ShadowMode\", \"Status\": \"Running\"}");
    sm(
        stub,
        "ListFlowDefinitions",
        "{\"FlowDefinitionSummaries\": [{\"FlowDefinitionName\": \"review\", \"FlowDefinitionArn\":"
            + " \""
            + SM
            + "flow-definition/review\", \"FlowDefinitionStatus\": \"Active\", \"CreationTime\":"
            + " 1793000000}]}");
    sm(
        stub,
        "ListImages",
        "{\"Images\": [{\"ImageName\": \"custom-kernel\", \"ImageArn\": \""
            + SM
            + "image/custom-kernel\", \"ImageStatus\": \"CREATED\", \"CreationTime\": 1793000000,"
            + " \"LastModifiedTime\": 1793000000}]}");
    sm(
        stub,
        "ListAppImageConfigs",
        "{\"AppImageConfigs\": [{\"AppImageConfigName\": \"kernel-config\", \"AppImageConfigArn\":"
            + " \""
            + SM
            + "app-image-config/kernel-config\"}]}");
    sm(
        stub,
        "ListAutoMLJobs",
        "{\"AutoMLJobSummaries\": [{\"AutoMLJobName\": \"churn\", \"AutoMLJobArn\": \""
            + SM
            + "automl-job/churn\", \"AutoMLJobStatus\": \"Completed\", \"AutoMLJobSecondaryStatus\":"
            + " \"Completed\", \"CreationTime\": 1793000000, \"LastModifiedTime\": 1793000000}]}");
    sm(
        stub,
        "DescribeAutoMLJobV2",
        "{\"AutoMLJobName\": \"churn\", \"AutoMLJobArn\": \""
            + SM
            + "automl-job/churn\", \"SecurityConfig\": {\"EnableInterContainerTrafficEncryption\":"
            + " true}}");
    sm(
        stub,
        "ListTags",
        "{\"Tags\": [{\"Key\": \"team\", \"Value\": \"ml\"}, {\"Key\": \"cost-center\", \"Value\":"
            + " \"42\"}]}");
  }

  /** Moto holds data-quality job definitions only. */
  private static void monitoringDefinitions(AwsStub stub) {
    for (String kind : new String[] {"ModelQuality", "ModelBias", "ModelExplainability"}) {
      String name = kind.toLowerCase(java.util.Locale.ROOT) + "-chat";
      String arn =
          SM
              + kind.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT)
              + "-job-definition/"
              + name;
      sm(
          stub,
          "List" + kind + "JobDefinitions",
          "{\"JobDefinitionSummaries\": [{\"MonitoringJobDefinitionName\": \""
              + name
              + "\", \"MonitoringJobDefinitionArn\": \""
              + arn
              + "\", \"CreationTime\": 1793000000, \"EndpointName\": \"ep-chat\"}]}");
      sm(
          stub,
          "Describe" + kind + "JobDefinition",
          "{\"JobDefinitionArn\": \""
              + arn
              + "\", \"JobDefinitionName\": \""
              + name
              + "\", \"CreationTime\": 1793000000, \"NetworkConfig\": {\"EnableNetworkIsolation\":"
              + " true, \"EnableInterContainerTrafficEncryption\": true}, \"JobResources\":"
              + " {\"ClusterConfig\": {\"InstanceCount\": 1, \"InstanceType\": \"ml.m5.large\","
              + " \"VolumeSizeInGB\": 10}}}");
    }
  }

  private static void sm(AwsStub stub, String operation, String body) {
    stub.on(r -> r.is("sagemaker", operation), r -> StubResponse.json(body));
  }
}
